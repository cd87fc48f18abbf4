package dev.tollgate.core.hooks;

import dev.tollgate.core.report.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The commit-message check as the hooks use it: one message text in, findings out. */
final class CommitMessages {

  private CommitMessages() {}

  /** Whether this build of Tollgate has the Conventional Commits rules. */
  static boolean available() {
    return false;
  }

  /**
   * Lints one message.
   *
   * @param message the raw message (as git wrote the file, before cleanup)
   * @param settings the hook settings, holding the commit rule configuration
   * @param commitId the commit, when linting an existing commit
   */
  static List<Finding> lint(
      String message, Map<String, String> settings, Optional<String> commitId) {
    return List.of();
  }
}
