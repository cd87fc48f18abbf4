package dev.tollgate.core.pom;

import java.util.List;
import java.util.Map;

/**
 * What Maven runs for one module: its effective model, as far as version pins need it.
 *
 * @param packaging the module's packaging
 * @param plugins the build plugins, including those Maven's lifecycle binds, in model order
 * @param managedPlugins the pluginManagement entries
 * @param reportPlugins the reporting plugins
 * @param dependencies the dependencies
 * @param managedDependencies the dependencyManagement entries
 * @param properties the effective properties (inherited and own)
 */
public record EffectiveModel(
    String packaging,
    List<EffectiveElement> plugins,
    List<EffectiveElement> managedPlugins,
    List<EffectiveElement> reportPlugins,
    List<EffectiveElement> dependencies,
    List<EffectiveElement> managedDependencies,
    Map<String, String> properties) {

  public EffectiveModel {
    packaging = packaging == null ? "jar" : packaging;
    plugins = List.copyOf(plugins);
    managedPlugins = List.copyOf(managedPlugins);
    reportPlugins = List.copyOf(reportPlugins);
    dependencies = List.copyOf(dependencies);
    managedDependencies = List.copyOf(managedDependencies);
    properties = Map.copyOf(properties);
  }

  /** A model with nothing in it (a project without a build). */
  public static EffectiveModel empty(String packaging) {
    return new EffectiveModel(
        packaging, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
  }
}
