package dev.tollgate.quality;

import dev.tollgate.core.pom.Declaration;
import dev.tollgate.core.pom.DeclarationKind;
import dev.tollgate.core.pom.PropertyDefinition;
import dev.tollgate.core.pom.VersionSource;
import dev.tollgate.core.report.Location;
import java.io.File;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.model.Build;
import org.apache.maven.model.BuildBase;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Extension;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputLocationTracker;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.model.Profile;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.Reporting;
import org.apache.maven.project.MavenProject;

/**
 * The Maven side of {@code quality:pins}: turns the raw and effective models of a reactor into
 * plain {@link Declaration}s, each at the file, line and column that declares it. The raw model
 * ({@link MavenProject#getOriginalModel()}) gives the version as written; the effective model and
 * its input locations tell where a missing version comes from (a POM of this build, a parent
 * outside it, or Maven's own super POM and lifecycle bindings).
 */
final class PinDeclarations {

  private static final String DEFAULT_PLUGIN_GROUP = "org.apache.maven.plugins";

  /**
   * Packagings whose lifecycle Maven itself defines. Any other packaging comes from a build
   * extension, whose lifecycle mapping names the plugin versions: those are pinned by the
   * extension's own (checked) version, not defaulted by Maven.
   */
  private static final Set<String> MAVEN_PACKAGINGS =
      Set.of("pom", "jar", "war", "ear", "ejb", "ejb3", "par", "rar", "maven-plugin", "bom");

  private final Path root;
  private final boolean allProfiles;
  private final boolean dependencies;
  private final Properties userProperties;
  private final Properties systemProperties;

  /** The POM files of the build (reactor and in-reactor parents), canonical path to owner. */
  private final Map<String, Owner> files = new LinkedHashMap<>();

  private record Owner(MavenProject project, Model raw, String path, String module) {}

  PinDeclarations(
      Path root,
      boolean allProfiles,
      boolean dependencies,
      Properties userProperties,
      Properties systemProperties) {
    this.root = root;
    this.allProfiles = allProfiles;
    this.dependencies = dependencies;
    this.userProperties = userProperties;
    this.systemProperties = systemProperties;
  }

  /** Gathers the declarations of every project in {@code reactor} and its in-reactor parents. */
  List<Declaration> gather(List<MavenProject> reactor, Location pinAt) {
    for (MavenProject project : reactor) {
      own(project);
    }
    for (MavenProject project : reactor) {
      File parentFile = project.getParentFile();
      MavenProject child = project;
      while (parentFile != null && !files.containsKey(canonical(parentFile))) {
        MavenProject parent = child.getParent();
        if (parent == null || parent.getFile() == null || !inside(parent.getFile())) {
          break;
        }
        own(parent);
        child = parent;
        parentFile = parent.getParentFile();
      }
    }
    List<Declaration> out = new ArrayList<>();
    for (Owner owner : files.values()) {
      declarations(owner, out);
    }
    for (MavenProject project : reactor) {
      defaulted(project, pinAt, out);
    }
    return out;
  }

  /** How many POM files were read (after {@link #gather}). */
  int files() {
    return files.size();
  }

  private void own(MavenProject project) {
    if (project.getFile() == null) {
      return;
    }
    String key = canonical(project.getFile());
    if (files.containsKey(key)) {
      return;
    }
    String path = relative(project.getFile());
    String module = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : ".";
    files.put(key, new Owner(project, project.getOriginalModel(), path, module));
  }

  private void declarations(Owner owner, List<Declaration> out) {
    Model raw = owner.raw();
    if (raw == null) {
      return;
    }
    Map<String, PropertyDefinition> properties = new LazyProperties(owner);
    section(owner, raw.getBuild(), raw.getReporting(), raw, null, properties, out);
    Set<String> active = activeProfiles(owner);
    for (Profile profile : raw.getProfiles()) {
      if (allProfiles || active.contains(profile.getId())) {
        section(
            owner,
            profile.getBuild(),
            profile.getReporting(),
            profile,
            profile.getId(),
            properties,
            out);
      }
    }
  }

  private Set<String> activeProfiles(Owner owner) {
    Map<String, List<String>> injected = owner.project().getInjectedProfileIds();
    List<String> ids = injected == null ? null : injected.get(modelId(owner.project()));
    return ids == null ? Set.of() : Set.copyOf(ids);
  }

  private static String modelId(MavenProject project) {
    return project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion();
  }

  private void section(
      Owner owner,
      BuildBase build,
      Reporting reporting,
      org.apache.maven.model.ModelBase base,
      String profile,
      Map<String, PropertyDefinition> properties,
      List<Declaration> out) {
    MavenProject project = owner.project();
    if (build != null) {
      for (Plugin plugin : build.getPlugins()) {
        plugin(owner, plugin, DeclarationKind.PLUGIN, profile, properties, out);
      }
      PluginManagement management = build.getPluginManagement();
      if (management != null) {
        for (Plugin plugin : management.getPlugins()) {
          plugin(owner, plugin, DeclarationKind.MANAGED_PLUGIN, profile, properties, out);
        }
      }
      if (build instanceof Build full) {
        for (Extension extension : full.getExtensions()) {
          String version = extension.getVersion();
          out.add(
              new Declaration(
                  DeclarationKind.EXTENSION,
                  nz(extension.getGroupId()),
                  nz(extension.getArtifactId()),
                  version,
                  version == null ? VersionSource.NONE : VersionSource.DECLARED,
                  null,
                  where(owner, extension, version != null),
                  profile,
                  owner.module(),
                  properties));
        }
      }
    }
    if (reporting != null) {
      for (ReportPlugin plugin : reporting.getPlugins()) {
        String groupId = plugin.getGroupId() == null ? DEFAULT_PLUGIN_GROUP : plugin.getGroupId();
        String key = groupId + ":" + plugin.getArtifactId();
        Source source = new Source(VersionSource.DECLARED, null);
        if (plugin.getVersion() == null) {
          source = effectiveReportPlugin(project, key);
        }
        out.add(
            new Declaration(
                DeclarationKind.REPORT_PLUGIN,
                groupId,
                nz(plugin.getArtifactId()),
                plugin.getVersion(),
                source.source(),
                source.version(),
                where(owner, plugin, plugin.getVersion() != null),
                profile,
                owner.module(),
                properties));
      }
    }
    if (dependencies && base != null) {
      for (Dependency dependency : base.getDependencies()) {
        dependency(owner, dependency, DeclarationKind.DEPENDENCY, null, profile, properties, out);
      }
      if (base.getDependencyManagement() != null) {
        for (Dependency dependency : base.getDependencyManagement().getDependencies()) {
          dependency(
              owner,
              dependency,
              DeclarationKind.MANAGED_DEPENDENCY,
              null,
              profile,
              properties,
              out);
        }
      }
    }
  }

  private void plugin(
      Owner owner,
      Plugin plugin,
      DeclarationKind kind,
      String profile,
      Map<String, PropertyDefinition> properties,
      List<Declaration> out) {
    String groupId = plugin.getGroupId() == null ? DEFAULT_PLUGIN_GROUP : plugin.getGroupId();
    String key = groupId + ":" + plugin.getArtifactId();
    String version = plugin.getVersion();
    Source source = new Source(VersionSource.DECLARED, null);
    if (version == null) {
      source = effectivePlugin(owner.project(), key, kind == DeclarationKind.MANAGED_PLUGIN);
    }
    out.add(
        new Declaration(
            kind,
            groupId,
            nz(plugin.getArtifactId()),
            version,
            source.source(),
            source.version(),
            where(owner, plugin, version != null),
            profile,
            owner.module(),
            properties));
    for (Dependency dependency : plugin.getDependencies()) {
      dependency(
          owner, dependency, DeclarationKind.PLUGIN_DEPENDENCY, key, profile, properties, out);
    }
  }

  private void dependency(
      Owner owner,
      Dependency dependency,
      DeclarationKind kind,
      String pluginKey,
      String profile,
      Map<String, PropertyDefinition> properties,
      List<Declaration> out) {
    String version = dependency.getVersion();
    Source source = new Source(VersionSource.DECLARED, null);
    if (version == null) {
      source = effectiveDependency(owner.project(), dependency, kind, pluginKey);
    }
    out.add(
        new Declaration(
            kind,
            nz(dependency.getGroupId()),
            nz(dependency.getArtifactId()),
            version,
            source.source(),
            source.version(),
            where(owner, dependency, version != null),
            profile,
            owner.module(),
            properties));
  }

  /** Where a missing version comes from, and the version Maven uses. */
  private record Source(VersionSource source, String version) {}

  private Source effectivePlugin(MavenProject project, String key, boolean managed) {
    Build build = project.getBuild();
    if (build == null) {
      return new Source(VersionSource.NONE, null);
    }
    Plugin effective = managed ? null : build.getPluginsAsMap().get(key);
    if (effective == null && build.getPluginManagement() != null) {
      effective = build.getPluginManagement().getPluginsAsMap().get(key);
    }
    if (effective == null) {
      return new Source(VersionSource.NONE, null);
    }
    return origin(effective, effective.getVersion());
  }

  private Source effectiveReportPlugin(MavenProject project, String key) {
    Reporting reporting = project.getReporting();
    if (reporting != null) {
      ReportPlugin effective = reporting.getReportPluginsAsMap().get(key);
      if (effective != null && effective.getVersion() != null) {
        return origin(effective, effective.getVersion());
      }
    }
    // the site plugin takes a report plugin's version from the build's plugins
    return effectivePlugin(project, key, false);
  }

  private Source effectiveDependency(
      MavenProject project, Dependency dependency, DeclarationKind kind, String pluginKey) {
    List<Dependency> candidates = List.of();
    if (kind == DeclarationKind.PLUGIN_DEPENDENCY && project.getBuild() != null) {
      Plugin plugin = project.getBuild().getPluginsAsMap().get(pluginKey);
      if (plugin == null && project.getBuild().getPluginManagement() != null) {
        plugin = project.getBuild().getPluginManagement().getPluginsAsMap().get(pluginKey);
      }
      candidates = plugin == null ? List.of() : plugin.getDependencies();
    } else if (kind == DeclarationKind.DEPENDENCY) {
      candidates = project.getDependencies();
    } else if (project.getDependencyManagement() != null) {
      candidates = project.getDependencyManagement().getDependencies();
    }
    for (Dependency effective : candidates) {
      if (effective.getManagementKey().equals(dependency.getManagementKey())
          && effective.getVersion() != null) {
        return origin(effective, effective.getVersion());
      }
    }
    return new Source(VersionSource.NONE, null);
  }

  /** Classifies where an effective element's version was written. */
  private Source origin(InputLocationTracker effective, String version) {
    if (version == null) {
      return new Source(VersionSource.NONE, null);
    }
    InputLocation location = effective.getLocation("version");
    InputSource source = location == null ? null : location.getSource();
    if (source == null || mavenOwn(source)) {
      return new Source(VersionSource.NONE, version);
    }
    if (source.getLocation() != null
        && files.containsKey(canonical(new File(source.getLocation())))) {
      return new Source(VersionSource.MANAGED, version);
    }
    return new Source(VersionSource.INHERITED, version);
  }

  /** Whether an input source is Maven's own model (super POM, lifecycle bindings). */
  static boolean mavenOwn(InputSource source) {
    String id = source.getModelId();
    String location = source.getLocation();
    if (id != null && id.startsWith("org.apache.maven:maven-")) {
      return true;
    }
    return location == null || location.startsWith("jar:") || id == null || id.isEmpty();
  }

  /** Plugins Maven adds on its own (lifecycle bindings) that no POM of the build mentions. */
  private void defaulted(MavenProject project, Location pinAt, List<Declaration> out) {
    Build build = project.getBuild();
    if (build == null) {
      return;
    }
    String path = relative(project.getFile());
    String module = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : ".";
    boolean extensionLifecycle = !MAVEN_PACKAGINGS.contains(project.getPackaging());
    for (Plugin plugin : build.getPlugins()) {
      InputLocation declared = plugin.getLocation("");
      InputSource declaredBy = declared == null ? null : declared.getSource();
      if (declaredBy != null && !mavenOwn(declaredBy)) {
        continue; // declared in a POM: its declaration is checked where it is written
      }
      Source source = origin(plugin, plugin.getVersion());
      if (source.source() == VersionSource.MANAGED) {
        continue;
      }
      out.add(
          new Declaration(
              DeclarationKind.PLUGIN,
              plugin.getGroupId(),
              plugin.getArtifactId(),
              null,
              source.source() == VersionSource.INHERITED || extensionLifecycle
                  ? VersionSource.INHERITED
                  : VersionSource.MAVEN_DEFAULT,
              source.version(),
              pinAt,
              null,
              module,
              Map.of()));
    }
  }

  /**
   * The properties a POM's versions can see, computed on first use: most POMs have no {@code
   * ${...}} in a version, and a reactor of hundreds of modules should not pay for them.
   */
  private final class LazyProperties extends AbstractMap<String, PropertyDefinition> {
    private final Owner owner;
    private Map<String, PropertyDefinition> resolved;

    LazyProperties(Owner owner) {
      this.owner = owner;
    }

    private Map<String, PropertyDefinition> resolved() {
      if (resolved == null) {
        resolved = properties(owner);
      }
      return resolved;
    }

    @Override
    public PropertyDefinition get(Object name) {
      return resolved().get(name);
    }

    @Override
    public boolean containsKey(Object name) {
      return resolved().containsKey(name);
    }

    @Override
    public Set<Map.Entry<String, PropertyDefinition>> entrySet() {
      return resolved().entrySet();
    }
  }

  private Map<String, PropertyDefinition> properties(Owner owner) {
    MavenProject project = owner.project();
    Map<String, PropertyDefinition> out = new HashMap<>();
    putAll(out, systemProperties, Location.nowhere());
    putAll(out, project.getProperties(), Location.nowhere());
    // where each property is written: the nearest POM of this build that declares it
    List<Owner> lineage = new ArrayList<>();
    for (MavenProject p = project; p != null && p.getFile() != null; ) {
      Owner o = files.get(canonical(p.getFile()));
      if (o == null) {
        break;
      }
      lineage.add(0, o);
      File parentFile = p.getParentFile();
      if (parentFile == null || !files.containsKey(canonical(parentFile))) {
        break;
      }
      p = files.get(canonical(parentFile)).project();
    }
    for (Owner o : lineage) {
      Model raw = o.raw();
      if (raw == null) {
        continue;
      }
      InputLocation block = raw.getLocation("properties");
      for (String name : raw.getProperties().stringPropertyNames()) {
        InputLocation at = block == null ? null : block.getLocation(name);
        String value =
            project.getProperties().getProperty(name, raw.getProperties().getProperty(name));
        out.put(
            name,
            new PropertyDefinition(
                name, value, at == null ? Location.file(o.path()) : position(o.path(), at, name)));
      }
    }
    Location pom = Location.file(owner.path());
    builtin(out, "project.version", project.getVersion(), pom);
    builtin(out, "project.groupId", project.getGroupId(), pom);
    builtin(out, "project.artifactId", project.getArtifactId(), pom);
    builtin(out, "version", project.getVersion(), pom);
    builtin(out, "pom.version", project.getVersion(), pom);
    if (project.getModel().getParent() != null) {
      builtin(out, "project.parent.version", project.getModel().getParent().getVersion(), pom);
      builtin(out, "parent.version", project.getModel().getParent().getVersion(), pom);
    }
    putAll(out, userProperties, Location.nowhere());
    return out;
  }

  private static void builtin(
      Map<String, PropertyDefinition> out, String name, String value, Location at) {
    if (value != null) {
      out.put(name, new PropertyDefinition(name, value, at));
    }
  }

  private static void putAll(Map<String, PropertyDefinition> out, Properties p, Location at) {
    if (p == null) {
      return;
    }
    for (String name : p.stringPropertyNames()) {
      out.put(name, new PropertyDefinition(name, p.getProperty(name), at));
    }
  }

  private Location where(Owner owner, InputLocationTracker element, boolean hasVersion) {
    String key = hasVersion ? "version" : "artifactId";
    InputLocation at = element.getLocation(key);
    if (at == null) {
      key = "";
      at = element.getLocation("");
    }
    if (at == null) {
      return Location.file(owner.path());
    }
    return position(owner.path(), at, key);
  }

  /**
   * Maven records the position just after an element's start tag; findings point at the tag's
   * {@code <}.
   */
  static Location position(String path, InputLocation at, String element) {
    int line = Math.max(at.getLineNumber(), 0);
    int column = at.getColumnNumber();
    if (column > 0 && !element.isEmpty()) {
      column = Math.max(1, column - element.length() - 2);
    }
    return Location.file(path, line, Math.max(column, 0));
  }

  private boolean inside(File file) {
    return canonicalPath(file).startsWith(root);
  }

  private String relative(File file) {
    Path path = canonicalPath(file);
    return (path.startsWith(root) ? root.relativize(path) : path).toString().replace('\\', '/');
  }

  private static String canonical(File file) {
    return canonicalPath(file).toString();
  }

  private static Path canonicalPath(File file) {
    return file.toPath().toAbsolutePath().normalize();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
