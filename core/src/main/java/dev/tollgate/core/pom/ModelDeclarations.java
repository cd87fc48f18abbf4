package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the {@link ReactorModel} of a build into the {@link Declaration}s {@link PinCheck} judges.
 * Two passes: each version as written in a POM of the build (also in inactive profiles with {@code
 * allProfiles}), and what each reactor module actually runs (its effective model: inheritance,
 * pluginManagement, active profiles, the lifecycle of its packaging), each version traced to the
 * model that declares it by Maven's input locations: a POM of the build, a POM outside it (a
 * released parent), Maven itself (super POM, lifecycle bindings), or nothing (repository metadata).
 * No group id is special: Maven's own projects are judged like any other.
 */
public final class ModelDeclarations {

  /** The group a plugin belongs to when its POM names none. */
  static final String DEFAULT_PLUGIN_GROUP = "org.apache.maven.plugins";

  /**
   * Packagings whose lifecycle Maven itself defines. Any other packaging comes from a build
   * extension, whose lifecycle mapping names the plugin versions: those are pinned by the
   * extension's own (checked) version, not defaulted by Maven.
   */
  static final Set<String> MAVEN_PACKAGINGS =
      Set.of("pom", "jar", "war", "ear", "ejb", "ejb3", "par", "rar", "maven-plugin", "bom");

  /** What kind of model a version was read from. */
  enum Provenance {
    /** A POM of this build. */
    BUILD,
    /** A POM outside the build: a released parent or an imported BOM. */
    OUTSIDE,
    /** Maven's own models: its super POM, the lifecycle mapping of the packaging. */
    MAVEN,
    /** No model at all: the version, if any, came from repository metadata. */
    UNKNOWN
  }

  private final ReactorModel reactor;
  private final boolean allProfiles;
  private final boolean dependencies;
  private final Map<Path, ModuleModel> files = new LinkedHashMap<>();
  private final Map<String, ModuleModel> ids = new HashMap<>();
  private final Map<ModuleModel, Map<String, PropertyDefinition>> visible = new IdentityHashMap<>();

  private ModelDeclarations(ReactorModel reactor, boolean allProfiles, boolean dependencies) {
    this.reactor = reactor;
    this.allProfiles = allProfiles;
    this.dependencies = dependencies;
    for (ModuleModel module : reactor.modules()) {
      files.putIfAbsent(module.file(), module);
      ids.putIfAbsent(module.id(), module);
    }
  }

  /**
   * The declarations of every POM of the build, and of what its modules run.
   *
   * @param reactor the build's POMs
   * @param allProfiles whether inactive profiles count too
   * @param dependencies whether dependencies and dependencyManagement entries count
   */
  public static List<Declaration> gather(
      ReactorModel reactor, boolean allProfiles, boolean dependencies) {
    return new ModelDeclarations(reactor, allProfiles, dependencies).gather();
  }

  private List<Declaration> gather() {
    List<Declaration> out = new ArrayList<>();
    for (ModuleModel module : files.values()) {
      for (PomSection section : module.sections()) {
        if (counts(module, section, allProfiles)) {
          section(module, section, out);
        }
      }
    }
    Map<List<Object>, Declaration> run = new LinkedHashMap<>();
    Set<List<Object>> overridden = new HashSet<>();
    for (ModuleModel module : files.values()) {
      if (module.reactor()) {
        runs(module, run, overridden, out);
      }
    }
    out.addAll(run.values());
    return out;
  }

  private static boolean counts(ModuleModel module, PomSection section, boolean allProfiles) {
    return section.profile() == null
        || allProfiles
        || module.activeProfiles().contains(section.profile());
  }

  private Map<String, PropertyDefinition> properties(ModuleModel module) {
    Map<String, PropertyDefinition> known = visible.get(module);
    if (known == null) {
      known = new VisibleProperties(module, files, reactor);
      visible.put(module, known);
    }
    return known;
  }

  private void section(ModuleModel module, PomSection section, List<Declaration> out) {
    Map<String, PropertyDefinition> properties = properties(module);
    if (!section.properties().isEmpty()) {
      // a profile's own properties, visible to its versions whether the profile is active or not
      Map<String, PropertyDefinition> with = new HashMap<>(properties);
      for (PropertyDefinition p : section.properties()) {
        with.put(p.name(), p);
      }
      properties = with;
    }
    Emitter emit = new Emitter(module, section.profile(), properties, home(module), out);
    for (PomElement plugin : section.plugins()) {
      plugin(module, section, plugin, DeclarationKind.PLUGIN, emit);
    }
    for (PomElement plugin : section.managedPlugins()) {
      plugin(module, section, plugin, DeclarationKind.MANAGED_PLUGIN, emit);
    }
    for (PomElement extension : section.extensions()) {
      emit.add(
          DeclarationKind.EXTENSION,
          nz(extension.groupId()),
          extension,
          extension.version() == null ? Origin.NONE : Origin.DECLARED);
    }
    for (PomElement plugin : section.reportPlugins()) {
      String key = pluginGroup(plugin) + ":" + plugin.artifactId();
      emit.add(
          DeclarationKind.REPORT_PLUGIN,
          pluginGroup(plugin),
          plugin,
          plugin.version() == null ? effectiveReportPlugin(module, section, key) : Origin.DECLARED);
    }
    if (dependencies) {
      for (PomElement dependency : section.dependencies()) {
        dependency(module, dependency, DeclarationKind.DEPENDENCY, null, emit);
      }
      for (PomElement dependency : section.managedDependencies()) {
        dependency(module, dependency, DeclarationKind.MANAGED_DEPENDENCY, null, emit);
      }
    }
  }

  private void plugin(
      ModuleModel module,
      PomSection section,
      PomElement plugin,
      DeclarationKind kind,
      Emitter emit) {
    String key = pluginGroup(plugin) + ":" + plugin.artifactId();
    emit.add(
        kind,
        pluginGroup(plugin),
        plugin,
        plugin.version() == null
            ? effectivePlugin(module, section, key, kind == DeclarationKind.MANAGED_PLUGIN)
            : Origin.DECLARED);
    for (PomElement dependency : plugin.dependencies()) {
      dependency(module, dependency, DeclarationKind.PLUGIN_DEPENDENCY, key, emit);
    }
  }

  private void dependency(
      ModuleModel module,
      PomElement dependency,
      DeclarationKind kind,
      String pluginKey,
      Emitter emit) {
    emit.add(
        kind,
        nz(dependency.groupId()),
        dependency,
        dependency.version() == null
            ? effectiveDependency(module, dependency, kind, pluginKey)
            : Origin.DECLARED);
  }

  /** Where a version comes from, the version Maven uses, and the outside POM that supplies it. */
  record Origin(VersionSource source, String version, String from) {
    static final Origin DECLARED = new Origin(VersionSource.DECLARED, null, null);
    static final Origin NONE = new Origin(VersionSource.NONE, null, null);
    static final Origin MANAGED = new Origin(VersionSource.MANAGED, null, null);
  }

  private Origin effectivePlugin(
      ModuleModel module, PomSection section, String key, boolean managed) {
    if (section.profile() != null && hasVersion(section.managedPlugins(), key)) {
      return Origin.MANAGED; // the profile's own pluginManagement, checked where it is written
    }
    EffectiveElement effective = managed ? null : find(module.effective().plugins(), key);
    if (effective == null) {
      effective = find(module.effective().managedPlugins(), key);
    }
    if (managed && (effective == null || effective.version() == null)) {
      // Maven 4 leaves the version out of a versionless pluginManagement entry when a parent's
      // build plugin brings it: what runs is that plugin's version
      EffectiveElement used = find(module.effective().plugins(), key);
      if (used != null && used.version() != null) {
        effective = used;
      }
    }
    if (effective == null && managedInBuild(module, section, key)) {
      // an inactive profile's plugin, pinned by pluginManagement of this POM or its parents
      return Origin.MANAGED;
    }
    return effective == null ? Origin.NONE : origin(module, effective);
  }

  /**
   * Whether a pluginManagement entry with a version for {@code key} is written in {@code section}
   * (a profile), in the project section of this POM, or in a parent of the build.
   */
  private boolean managedInBuild(ModuleModel module, PomSection section, String key) {
    if (hasVersion(section.managedPlugins(), key)) {
      return true;
    }
    for (ModuleModel pom : lineage(module)) {
      for (PomSection s : pom.sections()) {
        if (s.profile() == null && hasVersion(s.managedPlugins(), key)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasVersion(List<PomElement> plugins, String key) {
    for (PomElement p : plugins) {
      if (key.equals(pluginGroup(p) + ":" + p.artifactId()) && p.version() != null) {
        return true;
      }
    }
    return false;
  }

  private Origin effectiveReportPlugin(ModuleModel module, PomSection section, String key) {
    EffectiveElement effective = find(module.effective().reportPlugins(), key);
    if (effective != null && effective.version() != null) {
      return origin(module, effective);
    }
    // the site plugin takes a report plugin's version from the build's plugins
    return effectivePlugin(module, section, key, false);
  }

  private Origin effectiveDependency(
      ModuleModel module, PomElement dependency, DeclarationKind kind, String pluginKey) {
    EffectiveModel model = module.effective();
    List<EffectiveElement> candidates;
    if (kind == DeclarationKind.PLUGIN_DEPENDENCY) {
      EffectiveElement plugin = find(model.plugins(), pluginKey);
      if (plugin == null) {
        plugin = find(model.managedPlugins(), pluginKey);
      }
      candidates = plugin == null ? List.of() : plugin.dependencies();
    } else if (kind == DeclarationKind.DEPENDENCY) {
      candidates = model.dependencies();
    } else {
      candidates = model.managedDependencies();
    }
    for (EffectiveElement effective : candidates) {
      if (effective.key().equals(dependency.managementKey()) && effective.version() != null) {
        return origin(effective);
      }
    }
    return Origin.NONE;
  }

  /** The last element with {@code key}, as Maven's {@code getPluginsAsMap} keeps it. */
  private static EffectiveElement find(List<EffectiveElement> elements, String key) {
    EffectiveElement found = null;
    for (EffectiveElement e : elements) {
      if (e.key().equals(key)) {
        found = e;
      }
    }
    return found;
  }

  /** The kind of model {@code source} names. */
  Provenance provenance(ModelSource source) {
    if (source == null) {
      return Provenance.UNKNOWN;
    }
    Path path = source.location() == null ? null : normalized(source.location());
    if ((path != null && files.containsKey(path))
        || (source.modelId() != null && ids.containsKey(source.modelId()))) {
      return Provenance.BUILD;
    }
    if (source.isPom()) {
      return Provenance.OUTSIDE;
    }
    boolean named = source.modelId() != null && !source.modelId().isEmpty();
    return named || source.location() != null ? Provenance.MAVEN : Provenance.UNKNOWN;
  }

  /**
   * Classifies where an effective element's version was written. Maven 3 drops the location of a
   * version merged into a POM's pluginManagement from its parent's: the same plugin and version
   * elsewhere in the module's model (its build plugins) then names the source.
   */
  Origin origin(ModuleModel module, EffectiveElement effective) {
    if (effective.version() != null && effective.versionSource() == null) {
      for (List<EffectiveElement> list :
          List.of(module.effective().plugins(), module.effective().managedPlugins())) {
        for (EffectiveElement other : list) {
          if (other.key().equals(effective.key())
              && effective.version().equals(other.version())
              && other.versionSource() != null) {
            return origin(other);
          }
        }
      }
    }
    return origin(effective);
  }

  /** Classifies where an effective element's version was written. */
  Origin origin(EffectiveElement effective) {
    String version = effective.version();
    if (version == null) {
      return Origin.NONE;
    }
    ModelSource source = effective.versionSource();
    return switch (provenance(source)) {
      case BUILD -> new Origin(VersionSource.MANAGED, version, null);
      case OUTSIDE -> new Origin(VersionSource.INHERITED, version, source.display());
      case MAVEN -> new Origin(VersionSource.MAVEN_DEFAULT, version, null);
      case UNKNOWN -> new Origin(VersionSource.NONE, version, null);
    };
  }

  /**
   * Whether a source is Maven's super POM (not a lifecycle mapping, which may be an extension's).
   */
  private static boolean superPom(ModelSource source) {
    return (source.location() != null && source.location().startsWith("jar:"))
        || (source.modelId() != null && source.modelId().endsWith(":super-pom"));
  }

  /**
   * What a reactor module runs that no POM of the build writes: plugins of its lifecycle, plugins
   * and versions from a parent outside the build, and versions a module changes through a property
   * its parent's declaration uses. Declarations for the same plugin, origin and pin location are
   * merged, listing the modules that run them.
   */
  private void runs(
      ModuleModel module,
      Map<List<Object>, Declaration> run,
      Set<List<Object>> overridden,
      List<Declaration> out) {
    Set<String> written = written(module);
    boolean extensionLifecycle = !MAVEN_PACKAGINGS.contains(module.effective().packaging());
    PinHome home = home(module);
    List<EffectiveElement> plugins = new ArrayList<>(module.effective().plugins());
    Set<String> built = new HashSet<>();
    for (EffectiveElement p : plugins) {
      built.add(p.key());
    }
    for (EffectiveElement report : module.effective().reportPlugins()) {
      if (report.version() != null) {
        plugins.add(report);
      } else if (!built.contains(report.key())) {
        // the site plugin takes a report plugin's version from the build's pluginManagement
        EffectiveElement managed = find(module.effective().managedPlugins(), report.key());
        plugins.add(managed != null && managed.version() != null ? managed : report);
      }
    }
    int reports = module.effective().plugins().size();
    for (int i = 0; i < plugins.size(); i++) {
      EffectiveElement plugin = plugins.get(i);
      DeclarationKind kind = i < reports ? DeclarationKind.PLUGIN : DeclarationKind.REPORT_PLUGIN;
      ModelSource source = plugin.versionSource();
      Origin traced = plugin.version() == null ? Origin.NONE : origin(module, plugin);
      Provenance provenance =
          plugin.version() == null
              ? Provenance.UNKNOWN
              : traced.source() == VersionSource.MANAGED ? Provenance.BUILD : provenance(source);
      if (provenance == Provenance.BUILD) {
        overridden(module, plugin, kind, overridden, out);
        continue;
      }
      if (written.contains(plugin.key())) {
        continue; // written without a version in a POM of the build: checked there
      }
      if (provenance == Provenance.MAVEN && extensionLifecycle && !superPom(source)) {
        continue; // the version is in the extension's lifecycle mapping: pinned by the extension
      }
      Origin origin = plugin.version() == null ? Origin.NONE : origin(plugin);
      List<Object> key =
          List.of(
              kind,
              plugin.key(),
              origin.source(),
              // a version from repository metadata is known only for modules already planned
              origin.source() == VersionSource.NONE ? "" : String.valueOf(origin.version()),
              String.valueOf(origin.from()),
              home.pom());
      Declaration merged = run.get(key);
      String version =
          merged != null && merged.effectiveVersion() != null
              ? merged.effectiveVersion()
              : origin.version();
      List<String> users = new ArrayList<>(merged == null ? List.of() : merged.usedBy());
      if (!users.contains(module.module())) {
        users.add(module.module());
      }
      run.put(
          key,
          new Declaration(
              kind,
              plugin.groupId(),
              plugin.artifactId(),
              null,
              origin.source(),
              version,
              home.at(),
              null,
              merged == null ? module.module() : merged.module(),
              Map.of(),
              origin.from(),
              home,
              users));
    }
  }

  /**
   * A version a POM of the build writes with a property that this module defines differently (a
   * child's {@code <x.version>} overriding its parent's): judged as this module runs it.
   */
  private void overridden(
      ModuleModel module,
      EffectiveElement plugin,
      DeclarationKind kind,
      Set<List<Object>> seen,
      List<Declaration> out) {
    ModelSource source = plugin.versionSource();
    ModuleModel declaring = declaringPom(source);
    if (declaring == null || declaring == module) {
      return;
    }
    PomElement element = writtenAt(declaring, plugin.key(), source.line());
    if (element == null || VersionPin.classify(element.version()) != VersionPin.PROPERTY) {
      return;
    }
    PropertyResolution there = PropertyResolution.resolve(element.version(), properties(declaring));
    Map<String, PropertyDefinition> properties = properties(module);
    PropertyResolution here = PropertyResolution.resolve(element.version(), properties);
    if (!here.resolved() || (there.resolved() && there.value().equals(here.value()))) {
      return;
    }
    Location where = element.where();
    for (PropertyDefinition used : here.used()) {
      if (!there.used().contains(used) && used.declaredAt() instanceof Location.InFile) {
        where = used.declaredAt();
        break;
      }
    }
    if (!seen.add(List.of(plugin.key(), where, here.value()))) {
      return;
    }
    out.add(
        new Declaration(
            kind,
            plugin.groupId(),
            plugin.artifactId(),
            element.version(),
            VersionSource.DECLARED,
            null,
            where,
            null,
            module.module(),
            properties,
            null,
            home(module),
            List.of(module.module())));
  }

  private ModuleModel declaringPom(ModelSource source) {
    if (source == null) {
      return null;
    }
    Path path = source.location() == null ? null : normalized(source.location());
    ModuleModel byPath = path == null ? null : files.get(path);
    return byPath != null ? byPath : source.modelId() == null ? null : ids.get(source.modelId());
  }

  /** The plugin {@code key} with a version written in {@code pom}, preferring the one on line. */
  private static PomElement writtenAt(ModuleModel pom, String key, int line) {
    PomElement found = null;
    for (PomSection section : pom.sections()) {
      for (List<PomElement> list : List.of(section.plugins(), section.managedPlugins())) {
        for (PomElement p : list) {
          if (p.version() != null && key.equals(pluginGroup(p) + ":" + p.artifactId())) {
            if (found == null || (p.where() instanceof Location.InFile in && in.line() == line)) {
              found = p;
            }
          }
        }
      }
    }
    return found;
  }

  /** Plugin keys written in the counted sections of the module and its parents in the build. */
  private Set<String> written(ModuleModel module) {
    Set<String> keys = new HashSet<>();
    for (ModuleModel pom : lineage(module)) {
      for (PomSection section : pom.sections()) {
        if (counts(pom, section, false)) {
          for (List<PomElement> list :
              List.of(section.plugins(), section.managedPlugins(), section.reportPlugins())) {
            for (PomElement p : list) {
              keys.add(pluginGroup(p) + ":" + p.artifactId());
            }
          }
        }
      }
    }
    return keys;
  }

  /** The module and its parents inside the build, the module first. */
  private List<ModuleModel> lineage(ModuleModel module) {
    List<ModuleModel> lineage = new ArrayList<>();
    ModuleModel pom = module;
    while (pom != null && lineage.size() <= files.size()) {
      lineage.add(pom);
      ModuleModel.Parent parent = pom.parent();
      pom = parent == null || parent.file() == null ? null : files.get(parent.file());
    }
    return lineage;
  }

  /** Where pins for {@code module} belong: the outermost POM of its lineage in the build. */
  private PinHome home(ModuleModel module) {
    List<ModuleModel> lineage = lineage(module);
    ModuleModel top = lineage.get(lineage.size() - 1);
    ModuleModel.Parent parent = top.parent();
    String outside =
        parent == null
            ? null
            : parent.groupId() + ":" + parent.artifactId() + ":" + parent.version();
    return new PinHome(top.pinAt(), top.path(), outside);
  }

  /** Adds declarations of one section of one POM. */
  private record Emitter(
      ModuleModel module,
      String profile,
      Map<String, PropertyDefinition> properties,
      PinHome home,
      List<Declaration> out) {
    void add(DeclarationKind kind, String groupId, PomElement element, Origin origin) {
      out.add(
          new Declaration(
              kind,
              groupId,
              element.artifactId(),
              element.version(),
              origin.source(),
              origin.version(),
              element.where(),
              profile,
              module.module(),
              properties,
              origin.from(),
              home,
              List.of()));
    }
  }

  private static String pluginGroup(PomElement plugin) {
    return plugin.groupId() == null ? DEFAULT_PLUGIN_GROUP : plugin.groupId();
  }

  /** A POM location as a path: a file path or a {@code file:} URI (Maven 4), else {@code null}. */
  static Path normalized(String location) {
    try {
      if (location.startsWith("file:")) {
        return Path.of(URI.create(location)).toAbsolutePath().normalize();
      }
      if (location.contains(":/") && !location.matches("^[A-Za-z]:[/\\\\].*")) {
        return null; // a URL (jar:, http:): not a file of the build
      }
      return Path.of(location).toAbsolutePath().normalize();
    } catch (IllegalArgumentException e) { // also InvalidPathException
      return null;
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
