package dev.tollgate.quality.settings;

import dev.tollgate.core.commits.CommitLintConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The scopes {@code tollgate.commits.scopes=modules} allows: for every project of the reactor but
 * the top one, its directory name and its artifactId (a module in {@code core/} with the artifactId
 * {@code acme-core} allows both {@code fix(core): …} and {@code fix(acme-core): …}), as
 * commitlint's workspace and lerna scope configs allow each package's name.
 */
public final class ModuleScopes {

  /**
   * One project of the reactor.
   *
   * @param directory its base directory
   * @param artifactId its artifactId
   */
  public record Module(Path directory, String artifactId) {}

  private ModuleScopes() {}

  /** The names, sorted and without duplicates. */
  public static List<String> names(Path top, List<Module> modules) {
    Path root = top.toAbsolutePath().normalize();
    TreeSet<String> names = new TreeSet<>();
    for (Module m : modules) {
      Path dir = m.directory().toAbsolutePath().normalize();
      if (dir.equals(root)) {
        continue;
      }
      if (dir.getFileName() != null) {
        names.add(dir.getFileName().toString());
      }
      if (m.artifactId() != null && !m.artifactId().isBlank()) {
        names.add(m.artifactId());
      }
    }
    return List.copyOf(names);
  }

  /**
   * The setting that carries the reactor's module names ({@link CommitLintConfig#MODULE_NAMES}),
   * for the goals and for the hooks' recorded settings.
   */
  public static Map<String, String> setting(MavenSession session) {
    MavenProject top = session.getTopLevelProject();
    List<MavenProject> projects = session.getProjects();
    if (top == null && !projects.isEmpty()) {
      top = projects.get(0);
    }
    if (top == null || top.getBasedir() == null) {
      return Map.of(CommitLintConfig.MODULE_NAMES, "");
    }
    List<Module> modules =
        projects.stream()
            .filter(p -> p.getBasedir() != null)
            .map(p -> new Module(p.getBasedir().toPath(), p.getArtifactId()))
            .toList();
    return Map.of(
        CommitLintConfig.MODULE_NAMES, String.join(",", names(top.getBasedir().toPath(), modules)));
  }
}
