package dev.tollgate.core.hooks;

import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.core.commits.CommitLinter;
import dev.tollgate.core.commits.GitMessageCleanup;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.settings.Settings;
import java.util.List;
import java.util.function.Consumer;

/** The commit-message check as the hooks use it: one message text in, findings out. */
final class CommitMessages {

  private final CommitLinter linter;

  private CommitMessages(CommitLinter linter) {
    this.linter = linter;
  }

  /**
   * The linter configured by the {@code tollgate.commits.*} settings.
   *
   * @throws dev.tollgate.core.settings.InvalidSettingException when a setting is invalid
   */
  static CommitMessages from(Settings settings, Consumer<String> warn) {
    return new CommitMessages(new CommitLinter(CommitLintConfig.from(settings, warn)));
  }

  /**
   * Lints the message file of a commit being made, after git's default cleanup (comments and
   * everything below the scissors line removed).
   *
   * @param commentPrefix git's comment prefix now ({@code null}: {@code #})
   */
  List<Finding> lintMessageFile(String fileText, String commentPrefix) {
    return linter.lint(GitMessageCleanup.clean(fileText, commentPrefix));
  }

  /** Lints an existing commit. */
  List<Finding> lintCommit(String commitId, String message, int parentCount) {
    return linter.lint(commitId, message, parentCount);
  }
}
