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
 */
public record PomSection(
    String profile,
    List<PomElement> plugins,
    List<PomElement> managedPlugins,
    List<PomElement> extensions,
    List<PomElement> reportPlugins,
    List<PomElement> dependencies,
    List<PomElement> managedDependencies) {

  public PomSection {
    plugins = List.copyOf(plugins);
    managedPlugins = List.copyOf(managedPlugins);
    extensions = List.copyOf(extensions);
    reportPlugins = List.copyOf(reportPlugins);
    dependencies = List.copyOf(dependencies);
    managedDependencies = List.copyOf(managedDependencies);
  }
}
