package dev.tollgate.quality;

import dev.tollgate.core.pom.EffectiveElement;
import dev.tollgate.core.pom.EffectiveModel;
import dev.tollgate.core.pom.ModelSource;
import dev.tollgate.core.pom.ModuleModel;
import dev.tollgate.core.pom.PomElement;
import dev.tollgate.core.pom.PomSection;
import dev.tollgate.core.pom.PropertyDefinition;
import dev.tollgate.core.pom.ReactorModel;
import dev.tollgate.core.report.Location;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.BuildBase;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Extension;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputLocationTracker;
import org.apache.maven.model.Model;
import org.apache.maven.model.ModelBase;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.model.Profile;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.Reporting;
import org.apache.maven.project.MavenProject;

/**
 * The Maven side of {@code quality:pins}: translates the raw and effective models of a reactor and
 * its parents inside the project directory into a plain {@link ReactorModel}, each element at the
 * file, line and column that declares it. It decides nothing: where a version comes from is judged
 * in core ({@link dev.tollgate.core.pom.ModelDeclarations}).
 */
final class PinDeclarations {

  private final Path root;

  /**
   * Whether dependencies are translated: only {@code checkDependencies} judges them (a reactor root
   * managing every module's artifact has thousands of effective managed dependencies).
   */
  private final boolean dependencies;

  private final Map<Path, ModuleModel> files = new LinkedHashMap<>();

  /** The project of each translated POM. */
  private final Map<Path, MavenProject> projects = new HashMap<>();

  /**
   * The POM files of models outside the build (released parents), by {@code g:a:v}; filled before
   * the modules are translated, then only read (also by the second worker).
   */
  private final Map<String, File> outside;

  private PinDeclarations(Path root, boolean dependencies) {
    this(root, dependencies, new HashMap<>());
  }

  private PinDeclarations(Path root, boolean dependencies, Map<String, File> outside) {
    this.root = root;
    this.dependencies = dependencies;
    this.outside = outside;
  }

  /**
   * From this many modules on, the reactor is translated by two workers (a single POM is not worth
   * a thread; every multi-module IT runs the two-worker path).
   */
  private static final int PARALLEL_FROM = 2;

  /**
   * The POMs of the session's reactor and of its parents inside the project root, with the run's
   * properties.
   */
  static ReactorModel reactor(MavenSession session, MavenProject current) {
    return reactor(session, current, true);
  }

  /**
   * As {@link #reactor(MavenSession, MavenProject)}; the dependencies and dependencyManagement
   * entries (not those of plugins) only when {@code dependencies}.
   */
  static ReactorModel reactor(MavenSession session, MavenProject current, boolean dependencies) {
    Path root = ModelLocations.root(session);
    return ModelLocations.withRoot(root, () -> translate(session, current, root, dependencies));
  }

  private static ReactorModel translate(
      MavenSession session, MavenProject current, Path root, boolean dependencies) {
    PinDeclarations translation = new PinDeclarations(root, dependencies);
    for (MavenProject project : session.getProjects()) {
      for (MavenProject p = project.getParent(); p != null; p = p.getParent()) {
        if (p.getFile() != null) {
          translation.outside.putIfAbsent(
              p.getGroupId() + ":" + p.getArtifactId() + ":" + p.getVersion(), p.getFile());
        }
      }
    }
    File repository =
        session.getLocalRepository() == null
            ? null
            : new File(session.getLocalRepository().getBasedir());
    Set<String> looked = new HashSet<>();
    for (MavenProject project : session.getProjects()) {
      for (MavenProject p = project; p != null; p = p.getParent()) {
        org.apache.maven.model.Parent parent = p.getModel().getParent();
        if (parent == null) {
          break;
        }
        String id = parent.getGroupId() + ":" + parent.getArtifactId() + ":" + parent.getVersion();
        if (!looked.add(id)) {
          continue; // every module of a reactor names the same few parents: one lookup each
        }
        File pom =
            repository == null
                ? null
                : new File(
                    repository,
                    String.join(
                        "/",
                        parent.getGroupId().replace('.', '/'),
                        parent.getArtifactId(),
                        parent.getVersion(),
                        parent.getArtifactId() + "-" + parent.getVersion() + ".pom"));
        if (pom != null && pom.isFile()) {
          translation.outside.putIfAbsent(id, pom);
        }
      }
    }
    List<MavenProject> reactor = session.getProjects();
    ModuleModel[] modules = translation.modules(reactor);
    for (int i = 0; i < modules.length; i++) {
      if (modules[i] != null && !translation.files.containsKey(modules[i].file())) {
        translation.files.put(modules[i].file(), modules[i]);
        translation.projects.put(modules[i].file(), reactor.get(i));
      }
    }
    for (MavenProject project : session.getProjects()) {
      MavenProject child = project;
      File parentFile = translation.parentFile(project);
      while (parentFile != null
          && !translation.files.containsKey(ModelLocations.normalized(parentFile))) {
        MavenProject parent = child.getParent();
        if (parent == null
            || parent.getFile() == null
            || !ModelLocations.normalized(parent.getFile()).startsWith(root)) {
          break;
        }
        translation.own(parent, false);
        child = parent;
        parentFile = translation.parentFile(parent);
      }
    }
    translation.placePins();
    Set<String> artifacts = new HashSet<>();
    for (MavenProject p : session.getAllProjects()) {
      artifacts.add(p.getGroupId() + ":" + p.getArtifactId());
    }
    MavenProject top =
        session.getTopLevelProject() == null ? current : session.getTopLevelProject();
    return new ReactorModel(
        root,
        List.copyOf(translation.files.values()),
        strings(session.getSystemProperties()),
        strings(session.getUserProperties()),
        artifacts,
        ModelLocations.pinAt(root, top));
  }

  /**
   * The reactor's modules translated, in reactor order ({@code null} for a project without a POM
   * file). A large reactor is shared between this thread and a second worker: each takes the next
   * module not yet taken and keeps its own caches, so the result does not depend on which worker
   * translated a module. The worker's failure is rethrown here, as if it had happened on this
   * thread.
   */
  private ModuleModel[] modules(List<MavenProject> reactor) {
    ModuleModel[] out = new ModuleModel[reactor.size()];
    if (reactor.size() < PARALLEL_FROM) {
      for (int i = 0; i < out.length; i++) {
        out[i] = module(reactor.get(i), true);
      }
      return out;
    }
    AtomicInteger next = new AtomicInteger();
    PinDeclarations second = new PinDeclarations(root, dependencies, outside);
    SecondThread<Void> worker =
        SecondThread.start(
            "tollgate-pins-models", new ModuleWorker(second, reactor, out, next, root));
    try {
      translateFrom(this, reactor, out, next);
      worker.joinUnchecked("interrupted while translating the models");
    } finally {
      worker.cancel(); // a no-op once it has finished; stops it when this thread failed
    }
    return out;
  }

  /** Translates the modules not yet taken, one at a time, into {@code out}. */
  private static void translateFrom(
      PinDeclarations translation,
      List<MavenProject> reactor,
      ModuleModel[] out,
      AtomicInteger next) {
    for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
      out[i] = translation.module(reactor.get(i), true);
    }
  }

  /** The second worker of {@link #modules}: its own translation, with the goal's project root. */
  private record ModuleWorker(
      PinDeclarations translation,
      List<MavenProject> reactor,
      ModuleModel[] out,
      AtomicInteger next,
      Path root)
      implements Callable<Void> {
    @Override
    public Void call() {
      ModelLocations.begin(root);
      try {
        translateFrom(translation, reactor, out, next);
      } finally {
        ModelLocations.end();
      }
      return null;
    }
  }

  private void own(MavenProject project, boolean inReactor) {
    if (project.getFile() == null) {
      return;
    }
    Path file = ModelLocations.normalized(project.getFile());
    if (files.containsKey(file)) {
      return;
    }
    files.put(file, module(project, inReactor));
    projects.put(file, project);
  }

  /** One POM's raw and effective model; {@code null} when the project has no POM file. */
  private ModuleModel module(MavenProject project, boolean inReactor) {
    if (project.getFile() == null) {
      return null;
    }
    Path file = ModelLocations.normalized(project.getFile());
    String path = ModelLocations.relative(root, project.getFile());
    Model raw = project.getOriginalModel();
    List<PomSection> sections = new ArrayList<>();
    List<PropertyDefinition> properties = new ArrayList<>();
    if (raw != null) {
      sections.add(section(path, null, raw.getBuild(), raw.getReporting(), raw, dependencies));
      for (Profile profile : raw.getProfiles()) {
        sections.add(
            section(
                path,
                profile.getId(),
                profile.getBuild(),
                profile.getReporting(),
                profile,
                dependencies));
      }
      properties.addAll(properties(path, raw));
    }
    org.apache.maven.model.Parent parent = project.getModel().getParent();
    String id = project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion();
    List<String> active = project.getInjectedProfileIds().getOrDefault(id, List.of());
    return new ModuleModel(
        file,
        path,
        project.getGroupId(),
        project.getArtifactId(),
        project.getVersion(),
        parent == null
            ? null
            : new ModuleModel.Parent(
                parent.getGroupId(),
                parent.getArtifactId(),
                parent.getVersion(),
                parentFile(project) == null
                    ? null
                    : ModelLocations.normalized(parentFile(project))),
        inReactor,
        Set.copyOf(active),
        sections,
        properties,
        effective(project),
        null);
  }

  /**
   * Sets where pins belong for the POMs that are the outermost of their lineage in the build (no
   * parent, or one outside the build): only those are asked ({@link
   * dev.tollgate.core.pom.ModuleModel#pinAt}), and finding the element reads the POM's lines.
   */
  private void placePins() {
    for (Map.Entry<Path, ModuleModel> e : files.entrySet()) {
      ModuleModel m = e.getValue();
      if (m.parent() == null
          || m.parent().file() == null
          || !files.containsKey(m.parent().file())) {
        e.setValue(
            new ModuleModel(
                m.file(),
                m.path(),
                m.groupId(),
                m.artifactId(),
                m.version(),
                m.parent(),
                m.reactor(),
                m.activeProfiles(),
                m.sections(),
                m.properties(),
                m.effective(),
                ModelLocations.pinAt(root, projects.get(e.getKey()))));
      }
    }
  }

  /**
   * The parent's POM when Maven read it from the file system (Maven 4 leaves {@code getParentFile}
   * empty and sets the parent project instead), else {@code null}.
   */
  private File parentFile(MavenProject project) {
    if (project.getParentFile() != null) {
      return project.getParentFile();
    }
    MavenProject parent = project.getParent();
    return parent == null
            || parent.getFile() == null
            || !ModelLocations.normalized(parent.getFile()).startsWith(root)
        ? null
        : parent.getFile();
  }

  /** The {@code <properties>} of a project or profile, each at its element. */
  private static List<PropertyDefinition> properties(String path, ModelBase base) {
    List<PropertyDefinition> out = new ArrayList<>();
    InputLocation block = base.getLocation("properties");
    for (String name : base.getProperties().stringPropertyNames()) {
      InputLocation at = block == null ? null : block.getLocation(name);
      Location where = at == null ? Location.file(path) : ModelLocations.position(path, at, name);
      out.add(new PropertyDefinition(name, base.getProperties().getProperty(name), where));
    }
    return out;
  }

  private static PomSection section(
      String path,
      String profile,
      BuildBase build,
      Reporting reporting,
      ModelBase base,
      boolean dependencies) {
    PluginManagement managed = build == null ? null : build.getPluginManagement();
    DependencyManagement management = base.getDependencyManagement();
    return new PomSection(
        profile,
        build == null ? List.of() : plugins(path, build.getPlugins()),
        managed == null ? List.of() : plugins(path, managed.getPlugins()),
        build instanceof Build full ? extensions(path, full.getExtensions()) : List.of(),
        reporting == null ? List.of() : reportPlugins(path, reporting.getPlugins()),
        dependencies ? dependencies(path, base.getDependencies()) : List.of(),
        management == null || !dependencies
            ? List.of()
            : dependencies(path, management.getDependencies()),
        profile == null ? List.of() : properties(path, base));
  }

  // The lists below are translated by plain loops, not lambdas: each lambda costs a bootstrap the
  // first time it runs, and a goal runs this code once (docs/performance.md).

  /** Plugins, each with its own dependencies. */
  private static List<PomElement> plugins(String path, List<Plugin> plugins) {
    if (plugins.isEmpty()) {
      return List.of();
    }
    List<PomElement> out = new ArrayList<>(plugins.size());
    for (Plugin p : plugins) {
      out.add(
          element(
              path,
              p,
              p.getGroupId(),
              p.getArtifactId(),
              p.getVersion(),
              dependencies(path, p.getDependencies())));
    }
    return Collections.unmodifiableList(out);
  }

  /** Reporting plugins (no dependencies). */
  private static List<PomElement> reportPlugins(String path, List<ReportPlugin> plugins) {
    if (plugins.isEmpty()) {
      return List.of();
    }
    List<PomElement> out = new ArrayList<>(plugins.size());
    for (ReportPlugin p : plugins) {
      out.add(element(path, p, p.getGroupId(), p.getArtifactId(), p.getVersion(), List.of()));
    }
    return Collections.unmodifiableList(out);
  }

  /** Build extensions. */
  private static List<PomElement> extensions(String path, List<Extension> extensions) {
    if (extensions.isEmpty()) {
      return List.of();
    }
    List<PomElement> out = new ArrayList<>(extensions.size());
    for (Extension e : extensions) {
      out.add(element(path, e, e.getGroupId(), e.getArtifactId(), e.getVersion(), List.of()));
    }
    return Collections.unmodifiableList(out);
  }

  private static List<PomElement> dependencies(String path, List<Dependency> dependencies) {
    if (dependencies.isEmpty()) {
      return List.of();
    }
    List<PomElement> out = new ArrayList<>(dependencies.size());
    for (Dependency d : dependencies) {
      out.add(dependency(path, d));
    }
    return Collections.unmodifiableList(out);
  }

  private static PomElement dependency(String path, Dependency d) {
    Location where = ModelLocations.where(path, d, d.getVersion() != null);
    return new PomElement(
        d.getGroupId(), d.getArtifactId(), d.getVersion(), d.getManagementKey(), where, List.of());
  }

  private static PomElement element(
      String path,
      InputLocationTracker tracker,
      String groupId,
      String artifactId,
      String version,
      List<PomElement> dependencies) {
    Location where = ModelLocations.where(path, tracker, version != null);
    return new PomElement(groupId, artifactId, version, null, where, dependencies);
  }

  private EffectiveModel effective(MavenProject project) {
    Build build = project.getBuild();
    Reporting reporting = project.getReporting();
    DependencyManagement management = project.getDependencyManagement();
    return new EffectiveModel(
        project.getPackaging(),
        build == null ? List.of() : effectivePlugins(build.getPlugins()),
        build == null || build.getPluginManagement() == null
            ? List.of()
            : effectivePlugins(build.getPluginManagement().getPlugins()),
        reporting == null ? List.of() : effectiveReportPlugins(reporting.getPlugins()),
        dependencies ? effectiveDependencies(project.getDependencies()) : List.of(),
        management == null || !dependencies
            ? List.of()
            : effectiveDependencies(management.getDependencies()),
        strings(project.getProperties()));
  }

  private List<EffectiveElement> effectivePlugins(List<Plugin> plugins) {
    if (plugins.isEmpty()) {
      return List.of();
    }
    List<EffectiveElement> out = new ArrayList<>(plugins.size());
    for (Plugin p : plugins) {
      out.add(
          new EffectiveElement(
              p.getGroupId(),
              p.getArtifactId(),
              p.getKey(),
              p.getVersion(),
              source(p.getLocation("version")),
              null,
              effectiveDependencies(p.getDependencies())));
    }
    return Collections.unmodifiableList(out);
  }

  private List<EffectiveElement> effectiveReportPlugins(List<ReportPlugin> plugins) {
    if (plugins.isEmpty()) {
      return List.of();
    }
    List<EffectiveElement> out = new ArrayList<>(plugins.size());
    for (ReportPlugin p : plugins) {
      out.add(effective(p.getGroupId(), p.getArtifactId(), p.getKey(), p.getVersion(), p));
    }
    return Collections.unmodifiableList(out);
  }

  private List<EffectiveElement> effectiveDependencies(List<Dependency> dependencies) {
    if (dependencies.isEmpty()) {
      return List.of();
    }
    List<EffectiveElement> out = new ArrayList<>(dependencies.size());
    for (Dependency d : dependencies) {
      out.add(
          effective(d.getGroupId(), d.getArtifactId(), d.getManagementKey(), d.getVersion(), d));
    }
    return Collections.unmodifiableList(out);
  }

  private EffectiveElement effective(
      String groupId, String artifactId, String key, String version, InputLocationTracker e) {
    return new EffectiveElement(
        groupId, artifactId, key, version, source(e.getLocation("version")), null, List.of());
  }

  /**
   * The model an input location names, with the file and the position of the value: Maven 4 records
   * no file for a POM read from the repository, which is then the parent's known file.
   */
  private ModelSource source(InputLocation location) {
    if (location == null || location.getSource() == null) {
      return null;
    }
    // Inheritance shares one location among every module that inherits the value: once each.
    ModelSource known = byLocation.get(location);
    if (known == null) {
      known = traced(location);
      byLocation.put(location, known);
    }
    return known;
  }

  /** The translations of {@link #source}, by identity of Maven's location. */
  private final Map<InputLocation, ModelSource> byLocation = new IdentityHashMap<>();

  private ModelSource traced(InputLocation location) {
    String id = location.getSource().getModelId();
    String file = location.getSource().getLocation();
    if (file == null && id != null && outside.containsKey(id)) {
      file = outside.get(id).getAbsolutePath();
    } else if (file != null && file.startsWith("file:")) {
      try {
        file = Path.of(java.net.URI.create(file)).toString();
      } catch (IllegalArgumentException e) {
        // keep Maven's text
      }
    }
    if (file == null || file.startsWith("jar:") || location.getLineNumber() < 1) {
      return new ModelSource(id, file);
    }
    Boolean inside = inRoot.get(file);
    if (inside == null) {
      inside = Path.of(file).toAbsolutePath().normalize().startsWith(root);
      inRoot.put(file, inside);
    }
    if (inside) {
      // a POM of the build: judged where it is written, the line is enough to match it
      return new ModelSource(id, file, location.getLineNumber(), 0);
    }
    String key = file + ":" + location.getLineNumber() + ":" + location.getColumnNumber();
    ModelSource known = sources.get(key);
    if (known == null) {
      Location at = ModelLocations.position(file, location, "version");
      known =
          at instanceof Location.InFile in
              ? new ModelSource(id, file, in.line(), in.column())
              : new ModelSource(id, file);
      sources.put(key, known);
    }
    return known;
  }

  /** Whether a recorded file is inside the project root, by its text. */
  private final Map<String, Boolean> inRoot = new HashMap<>();

  /** Positions in POMs outside the build, computed once per run. */
  private final Map<String, ModelSource> sources = new HashMap<>();

  private static Map<String, String> strings(Properties properties) {
    Map<String, String> out = new HashMap<>();
    if (properties != null) {
      for (String n : properties.stringPropertyNames()) {
        out.put(n, properties.getProperty(n));
      }
    }
    return out;
  }
}
