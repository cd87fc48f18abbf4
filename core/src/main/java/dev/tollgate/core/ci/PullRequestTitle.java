package dev.tollgate.core.ci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The title of the pull or merge request a CI build is for: with squash merges it becomes the
 * commit on the target branch. GitHub Actions: {@code pull_request} and {@code pull_request_target}
 * events, the title read from the event payload at {@code GITHUB_EVENT_PATH}; GitLab CI: {@code
 * CI_MERGE_REQUEST_TITLE}. Reads the payload file (the only I/O here).
 */
public final class PullRequestTitle {

  private static final LoadSettings JSON =
      LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();

  private PullRequestTitle() {}

  /**
   * The title, or empty when the build is no pull/merge request build.
   *
   * @param env the environment variables
   * @throws IOException when a GitHub pull request event has no readable payload or no title in it,
   *     naming the file
   */
  public static Optional<String> read(Map<String, String> env) throws IOException {
    if ("true".equalsIgnoreCase(env.getOrDefault("GITHUB_ACTIONS", ""))) {
      String event = env.getOrDefault("GITHUB_EVENT_NAME", "");
      if (!event.equals("pull_request") && !event.equals("pull_request_target")) {
        return Optional.empty();
      }
      String path = env.getOrDefault("GITHUB_EVENT_PATH", "");
      if (path.isBlank()) {
        throw new IOException(
            "GitHub Actions reports a " + event + " event but GITHUB_EVENT_PATH is not set");
      }
      return Optional.of(titleFromEvent(Path.of(path)));
    }
    String gitlab = env.get("CI_MERGE_REQUEST_TITLE");
    if (gitlab != null && !gitlab.isBlank()) {
      return Optional.of(gitlab);
    }
    return Optional.empty();
  }

  /** {@code pull_request.title} of a GitHub event payload. */
  static String titleFromEvent(Path file) throws IOException {
    Object root;
    try {
      root = new Load(JSON).loadFromString(Files.readString(file));
    } catch (YamlEngineException e) {
      throw new IOException("the event payload " + file + " is not JSON: " + e.getMessage(), e);
    }
    if (root instanceof Map<?, ?> event
        && event.get("pull_request") instanceof Map<?, ?> pr
        && pr.get("title") instanceof String title) {
      return title;
    }
    throw new IOException("the event payload " + file + " has no pull_request.title");
  }
}
