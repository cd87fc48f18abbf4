package dev.tollgate.core.pom;

import java.util.List;

/**
 * The versioned elements of one POM's project, or of one of its profiles, as written.
 *
 * @param profile the profile id, or {@code null} for the project itself
 * @param plugins {@code build/plugins}
 * @param managedPlugins {@code build/pluginManagement/plugins}
 * @param extensions {@code build/extensions} (the project only: profiles have none)
 * @param reportPlugins {@code reporting/plugins}
 * @param dependencies {@code dependencies}
 * @param managedDependencies {@code dependencyManagement/dependencies}
 * @param properties a profile's own {@code <properties>}, each at its element (empty for the
 *     project, whose properties are {@link ModuleModel#properties()})
 */
public record PomSection(
    String profile,
    List<PomElement> plugins,
    List<PomElement> managedPlugins,
    List<PomElement> extensions,
    List<PomElement> reportPlugins,
    List<PomElement> dependencies,
    List<PomElement> managedDependencies,
    List<PropertyDefinition> properties) {

  /** A section without properties of its own. */
  public PomSection(
      String profile,
      List<PomElement> plugins,
      List<PomElement> managedPlugins,
      List<PomElement> extensions,
      List<PomElement> reportPlugins,
      List<PomElement> dependencies,
      List<PomElement> managedDependencies) {
    this(
        profile,
        plugins,
        managedPlugins,
        extensions,
        reportPlugins,
        dependencies,
        managedDependencies,
        List.of());
  }

  public PomSection {
    properties = List.copyOf(properties);
    plugins = List.copyOf(plugins);
    managedPlugins = List.copyOf(managedPlugins);
    extensions = List.copyOf(extensions);
    reportPlugins = List.copyOf(reportPlugins);
    dependencies = List.copyOf(dependencies);
    managedDependencies = List.copyOf(managedDependencies);
  }
}
