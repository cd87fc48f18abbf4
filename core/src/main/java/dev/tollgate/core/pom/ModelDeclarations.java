package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the {@link ReactorModel} of a build into the {@link Declaration}s {@link PinCheck} judges:
 * each version as written, and, where none is written, where the version Maven uses comes from (a
 * POM of this build, a POM outside it, or Maven's own super POM and lifecycle bindings), plus the
 * plugins Maven binds on its own that no POM of the build mentions.
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

  private final ReactorModel reactor;
  private final boolean allProfiles;
  private final boolean dependencies;
  private final Map<Path, ModuleModel> files = new LinkedHashMap<>();

  private ModelDeclarations(ReactorModel reactor, boolean allProfiles, boolean dependencies) {
    this.reactor = reactor;
    this.allProfiles = allProfiles;
    this.dependencies = dependencies;
    for (ModuleModel module : reactor.modules()) {
      files.putIfAbsent(module.file(), module);
    }
  }

  /**
   * The declarations of every POM of the build.
   *
   * @param reactor the build's POMs
   * @param allProfiles whether inactive profiles count too
   * @param dependencies whether dependencies and dependencyManagement entries count
   */
  public static List<Declaration> gather(
      ReactorModel reactor, boolean allProfiles, boolean dependencies) {
    return new ModelDeclarations(reactor, allProfiles, dependencies).gather(reactor.pinAt());
  }

  private List<Declaration> gather(Location pinAt) {
    List<Declaration> out = new ArrayList<>();
    for (ModuleModel module : files.values()) {
      Map<String, PropertyDefinition> properties = new VisibleProperties(module, files, reactor);
      for (PomSection section : module.sections()) {
        if (section.profile() == null
            || allProfiles
            || module.activeProfiles().contains(section.profile())) {
          section(module, section, properties, out);
        }
      }
    }
    for (ModuleModel module : files.values()) {
      if (module.reactor()) {
        defaulted(module, pinAt, out);
      }
    }
    return out;
  }

  private void section(
      ModuleModel module,
      PomSection section,
      Map<String, PropertyDefinition> properties,
      List<Declaration> out) {
    Emitter emit = new Emitter(module, section.profile(), properties, out);
    for (PomElement plugin : section.plugins()) {
      plugin(module, plugin, DeclarationKind.PLUGIN, emit);
    }
    for (PomElement plugin : section.managedPlugins()) {
      plugin(module, plugin, DeclarationKind.MANAGED_PLUGIN, emit);
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
          plugin.version() == null ? effectiveReportPlugin(module, key) : Origin.DECLARED);
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

  private void plugin(ModuleModel module, PomElement plugin, DeclarationKind kind, Emitter emit) {
    String key = pluginGroup(plugin) + ":" + plugin.artifactId();
    emit.add(
        kind,
        pluginGroup(plugin),
        plugin,
        plugin.version() == null
            ? effectivePlugin(module, key, kind == DeclarationKind.MANAGED_PLUGIN)
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

  /** Where a version comes from, and the version Maven uses. */
  record Origin(VersionSource source, String version) {
    static final Origin DECLARED = new Origin(VersionSource.DECLARED, null);
    static final Origin NONE = new Origin(VersionSource.NONE, null);
  }

  private Origin effectivePlugin(ModuleModel module, String key, boolean managed) {
    EffectiveElement effective = managed ? null : find(module.effective().plugins(), key);
    if (effective == null) {
      effective = find(module.effective().managedPlugins(), key);
    }
    return effective == null ? Origin.NONE : origin(effective);
  }

  private Origin effectiveReportPlugin(ModuleModel module, String key) {
    EffectiveElement effective = find(module.effective().reportPlugins(), key);
    if (effective != null && effective.version() != null) {
      return origin(effective);
    }
    // the site plugin takes a report plugin's version from the build's plugins
    return effectivePlugin(module, key, false);
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

  /** Classifies where an effective element's version was written. */
  Origin origin(EffectiveElement effective) {
    String version = effective.version();
    if (version == null) {
      return Origin.NONE;
    }
    ModelSource source = effective.versionSource();
    if (source == null || mavenOwn(source)) {
      return new Origin(VersionSource.NONE, version);
    }
    if (source.location() != null && files.containsKey(normalized(source.location()))) {
      return new Origin(VersionSource.MANAGED, version);
    }
    return new Origin(VersionSource.INHERITED, version);
  }

  /**
   * Whether a source is Maven's own model (super POM, lifecycle bindings). Issue 12: the {@code
   * org.apache.maven:maven-} prefix also matches Apache Maven's own projects and their parents.
   */
  static boolean mavenOwn(ModelSource source) {
    String id = source.modelId();
    String location = source.location();
    if (id != null && id.startsWith("org.apache.maven:maven-")) {
      return true;
    }
    return location == null || location.startsWith("jar:") || id == null || id.isEmpty();
  }

  /** Plugins Maven adds on its own (lifecycle bindings) that no POM of the build mentions. */
  private void defaulted(ModuleModel module, Location pinAt, List<Declaration> out) {
    boolean extensionLifecycle = !MAVEN_PACKAGINGS.contains(module.effective().packaging());
    for (EffectiveElement plugin : module.effective().plugins()) {
      ModelSource declaredBy = plugin.declaredBy();
      if (declaredBy != null && !mavenOwn(declaredBy)) {
        continue; // declared in a POM: its declaration is checked where it is written
      }
      Origin origin = origin(plugin);
      if (origin.source() == VersionSource.MANAGED) {
        continue;
      }
      out.add(
          new Declaration(
              DeclarationKind.PLUGIN,
              plugin.groupId(),
              plugin.artifactId(),
              null,
              origin.source() == VersionSource.INHERITED || extensionLifecycle
                  ? VersionSource.INHERITED
                  : VersionSource.MAVEN_DEFAULT,
              origin.version(),
              pinAt,
              null,
              module.module(),
              Map.of()));
    }
  }

  /** Adds declarations of one section of one POM. */
  private record Emitter(
      ModuleModel module,
      String profile,
      Map<String, PropertyDefinition> properties,
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
              properties));
    }
  }

  private static String pluginGroup(PomElement plugin) {
    return plugin.groupId() == null ? DEFAULT_PLUGIN_GROUP : plugin.groupId();
  }

  static Path normalized(String location) {
    try {
      return Path.of(location).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
