package dev.tollgate.core.pom;

import java.util.List;
import java.util.Optional;

/**
 * Which plugin a goal prefix such as {@code release:} runs in a project, as Maven resolves it: the
 * first plugin of the project's effective {@code <build><plugins>} whose prefix matches, else the
 * first of its effective {@code <pluginManagement>}, else the plugin groups' metadata ({@code
 * org.apache.maven.plugins} first). Inherited plugins count, in their effective order.
 */
public final class GoalPrefix {

  /** Tollgate's release plugin. */
  public static final String TOLLGATE_RELEASE = "dev.tollgate:release-maven-plugin";

  private GoalPrefix() {}

  /**
   * The prefix a plugin's artifactId gives by Maven's naming convention: {@code maven-X-plugin} and
   * {@code X-maven-plugin} give {@code X}; anything else gives the artifactId itself.
   */
  public static String of(String artifactId) {
    if (artifactId.startsWith("maven-") && artifactId.endsWith("-plugin")) {
      return artifactId.substring(6, artifactId.length() - 7);
    }
    if (artifactId.endsWith("-maven-plugin")) {
      return artifactId.substring(0, artifactId.length() - 13);
    }
    return artifactId;
  }

  /**
   * A warning when {@code release:} would not run Tollgate in a project that configures Tollgate's
   * release plugin.
   *
   * @param buildPlugins the effective {@code groupId:artifactId} of {@code <build><plugins>}, in
   *     order
   * @param managedPlugins the effective {@code groupId:artifactId} of {@code <pluginManagement>}
   * @return the warning, naming the plugin that runs instead and the fix; empty when {@code
   *     release:} runs Tollgate or Tollgate's release plugin is not configured
   */
  public static Optional<String> releaseWarning(
      List<String> buildPlugins, List<String> managedPlugins) {
    if (!buildPlugins.contains(TOLLGATE_RELEASE) && !managedPlugins.contains(TOLLGATE_RELEASE)) {
      return Optional.empty();
    }
    // Tollgate's plugin has the prefix itself, so one of the two lists always names a plugin
    String first = firstWithReleasePrefix(buildPlugins);
    String where = "<build><plugins>";
    if (first == null) {
      first = firstWithReleasePrefix(managedPlugins);
      where = "<pluginManagement>";
    }
    if (TOLLGATE_RELEASE.equals(first)) {
      return Optional.empty();
    }
    String runs =
        first + " (first with that prefix in the effective " + where + ", maybe inherited)";
    return Optional.of(
        "'mvn release:…' runs "
            + runs
            + " in this project, not Tollgate: Maven resolves a goal prefix from the effective"
            + " <build><plugins> first, then <pluginManagement>, then the plugin groups. Declare "
            + TOLLGATE_RELEASE
            + " in <build><plugins> before any other release plugin, or call it by its"
            + " coordinates: mvn dev.tollgate:release-maven-plugin:prepare");
  }

  private static String firstWithReleasePrefix(List<String> plugins) {
    for (String key : plugins) {
      if (of(key.substring(key.indexOf(':') + 1)).equals("release")) {
        return key;
      }
    }
    return null;
  }
}
