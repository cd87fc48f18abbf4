package dev.tollgate.core.hooks;

import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.core.commits.CommitLinter;
import dev.tollgate.core.commits.CommitMessageFile;
import dev.tollgate.core.git.GitLayout;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.settings.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
   * Lints the message file of a commit being made as git reads it ({@link CommitMessageFile}: its
   * encoding, comment prefix, a merge in progress); an empty message passes, for git to abort.
   */
  List<Finding> lintMessageFile(Path file, GitLayout layout) throws IOException {
    CommitMessageFile m = CommitMessageFile.read(file, Optional.of(layout));
    return linter.lintCommitBeingMade(m.message(), m.merging(), Location.nowhere());
  }

  /** Lints an existing commit. */
  List<Finding> lintCommit(String commitId, String message, int parentCount) {
    return linter.lint(commitId, message, parentCount);
  }
}
