package dev.tollgate.quality.extension;

import dev.tollgate.core.pom.GoalPrefix;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * The warning for a project that configures Tollgate's release plugin where {@code mvn release:…}
 * would run another plugin: the project's effective plugins handed to {@link GoalPrefix}.
 */
public final class ReleasePrefixWarning {

  private ReleasePrefixWarning() {}

  /** The warning for the project, or empty when {@code release:} runs Tollgate or is not used. */
  public static Optional<String> of(MavenProject project) {
    List<String> managed =
        project.getPluginManagement() == null
            ? List.of()
            : keys(project.getPluginManagement().getPlugins());
    return GoalPrefix.releaseWarning(keys(project.getBuildPlugins()), managed);
  }

  private static List<String> keys(List<Plugin> plugins) {
    return plugins == null ? List.of() : plugins.stream().map(Plugin::getKey).toList();
  }
}
