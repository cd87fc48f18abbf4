package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The properties a POM's versions can see, with Maven's precedence (lowest first): system
 * properties; the module's effective properties; the {@code <properties>} of its POM and of its
 * parents inside the build, each at the nearest POM that declares it (with the module's effective
 * value); the model's own {@code project.*} values; the {@code -D} user properties. Computed on
 * first use: most POMs have no {@code ${...}} in a version, and a reactor of hundreds of modules
 * should not pay for them.
 */
final class VisibleProperties extends AbstractMap<String, PropertyDefinition> {

  private final ModuleModel module;
  private final Map<Path, ModuleModel> files;
  private final ReactorModel reactor;
  private Map<String, PropertyDefinition> resolved;

  VisibleProperties(ModuleModel module, Map<Path, ModuleModel> files, ReactorModel reactor) {
    this.module = module;
    this.files = files;
    this.reactor = reactor;
  }

  private Map<String, PropertyDefinition> resolved() {
    if (resolved == null) {
      resolved = compute();
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

  private Map<String, PropertyDefinition> compute() {
    Map<String, PropertyDefinition> out = new HashMap<>();
    putAll(out, reactor.systemProperties());
    Map<String, String> effective = module.effective().properties();
    putAll(out, effective);
    for (ModuleModel pom : lineage()) {
      for (PropertyDefinition declared : pom.properties()) {
        String value = effective.getOrDefault(declared.name(), declared.value());
        out.put(
            declared.name(), new PropertyDefinition(declared.name(), value, declared.declaredAt()));
      }
    }
    Location pom = Location.file(module.path());
    builtin(out, "project.version", module.version(), pom);
    builtin(out, "project.groupId", module.groupId(), pom);
    builtin(out, "project.artifactId", module.artifactId(), pom);
    builtin(out, "version", module.version(), pom);
    builtin(out, "pom.version", module.version(), pom);
    if (module.parent() != null) {
      builtin(out, "project.parent.version", module.parent().version(), pom);
      builtin(out, "parent.version", module.parent().version(), pom);
    }
    putAll(out, reactor.userProperties());
    return out;
  }

  /** The module and its parents inside the build, the outermost parent first. */
  private List<ModuleModel> lineage() {
    List<ModuleModel> lineage = new ArrayList<>();
    ModuleModel pom = module;
    while (pom != null && lineage.size() <= files.size()) {
      lineage.add(0, pom);
      ModuleModel.Parent parent = pom.parent();
      pom = parent == null || parent.file() == null ? null : files.get(parent.file());
    }
    return lineage;
  }

  private static void builtin(
      Map<String, PropertyDefinition> out, String name, String value, Location at) {
    if (value != null) {
      out.put(name, new PropertyDefinition(name, value, at));
    }
  }

  private static void putAll(Map<String, PropertyDefinition> out, Map<String, String> values) {
    values.forEach(
        (name, value) -> out.put(name, new PropertyDefinition(name, value, Location.nowhere())));
  }
}
