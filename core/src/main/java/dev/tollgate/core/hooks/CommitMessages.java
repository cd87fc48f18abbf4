package dev.tollgate.core.hooks;

import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.core.commits.CommitLinter;
import dev.tollgate.core.commits.GitMessageCleanup;
import dev.tollgate.core.report.Finding;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The commit-message check as the hooks use it: one message text in, findings out. */
final class CommitMessages {

  /** Setting holding git's {@code core.commentChar} at install time. */
  static final String COMMENT_CHAR = "tollgate.hooks.git.commentChar";

  private static final String PREFIX = "tollgate.commits.";

  private static final Map<String, String> ALIASES =
      Map.of(
          "ignoreMerges", "ignore.merges",
          "ignoreReverts", "ignore.reverts",
          "ignoreFixups", "ignore.fixups",
          "ignorePatterns", "ignore.patterns");

  private final CommitLinter linter;

  private CommitMessages(CommitLinter linter) {
    this.linter = linter;
  }

  /**
   * The linter configured by the {@code tollgate.commits.*} settings.
   *
   * @throws IllegalArgumentException when a setting is invalid
   */
  static CommitMessages from(Map<String, String> settings) {
    Map<String, String> commits = new TreeMap<>();
    settings.forEach(
        (k, v) -> {
          if (k.startsWith(PREFIX)) {
            // the goals' parameter names (ignoreMerges) as the rule configuration's keys
            String key = k.substring(PREFIX.length());
            commits.put(PREFIX + ALIASES.getOrDefault(key, key), v);
          }
        });
    return new CommitMessages(new CommitLinter(CommitLintConfig.fromProperties(commits)));
  }

  /**
   * Lints the message file of a commit being made, after git's default cleanup (comments and
   * everything below the scissors line removed).
   */
  List<Finding> lintMessageFile(String fileText, Map<String, String> settings) {
    return linter.lint(GitMessageCleanup.clean(fileText, settings.get(COMMENT_CHAR)));
  }

  /** Lints an existing commit. */
  List<Finding> lintCommit(String commitId, String message, int parentCount) {
    return linter.lint(commitId, message, parentCount);
  }
}
