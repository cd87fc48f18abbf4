package dev.tollgate.quality;

import dev.tollgate.core.commits.CommitLinter;
import dev.tollgate.core.commits.CommitMessageFile;
import dev.tollgate.core.commits.CommitMessageParser;
import dev.tollgate.core.commits.ParseError;
import dev.tollgate.core.commits.ParsedMessage;
import dev.tollgate.core.git.GitLayout;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks one commit message file, as a {@code commit-msg} git hook does: the file is decoded with
 * {@code i18n.commitEncoding}, git's default cleanup is applied (comment lines, honouring {@code
 * core.commentString} or {@code core.commentChar} as set now, and everything below the scissors
 * line are dropped), then the same rules as {@code quality:commits}. A merge in progress is skipped
 * like a merge commit, {@code fixup!} commits always pass (they are made to be squashed), and an
 * empty message passes, for git to abort the commit as it does.
 */
@Mojo(name = "commit-msg", requiresProject = false, threadSafe = true)
public class CommitMsgMojo extends AbstractCommitRulesMojo {

  /** Skips this goal: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.commit-msg.skip", defaultValue = "false")
  private String skip;

  /**
   * The message file to check; a commit-msg hook passes its first argument, e.g. {@code
   * .git/COMMIT_EDITMSG}.
   */
  @Parameter(property = "tollgate.commitMsgFile")
  private File commitMsgFile;

  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  private File executionRoot;

  @Override
  protected boolean isSkipped() {
    return settings().bool("tollgate.commit-msg.skip", false);
  }

  @Override
  protected Report check() throws MojoExecutionException {
    File messageFile = settings().value("tollgate.commitMsgFile").map(File::new).orElse(null);
    if (messageFile == null) {
      throw new MojoExecutionException(
          "Tollgate commit-msg: no message file; run it as -Dtollgate.commitMsgFile=.git/COMMIT_EDITMSG"
              + " (a commit-msg hook gets the path as its first argument)");
    }
    Path file = messageFile.toPath().toAbsolutePath();
    CommitMessageFile message;
    try {
      message = CommitMessageFile.read(file, GitLayout.discover(file.getParent(), System.getenv()));
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Tollgate commit-msg: cannot read "
              + file
              + " ("
              + e.getMessage()
              + "); check tollgate.commitMsgFile",
          e);
    }
    String shown = displayPath(file);
    ParsedMessage parsed = CommitMessageParser.parse(message.message());
    int column = parsed instanceof ParseError e ? e.column() : 0;
    List<Finding> findings =
        new CommitLinter(lintConfig())
            .lintCommitBeingMade(
                message.message(), message.merging(), Location.file(shown, 1, column));
    if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      getLog()
          .error(
              "Commit message rejected. Your text is kept: fix it with git commit -e -F " + shown);
    }
    return new Report("commit-msg", findings);
  }

  /** The file relative to the directory Maven runs in, as the user typed it. */
  private String displayPath(Path file) {
    if (executionRoot != null) {
      Path root = executionRoot.toPath().toAbsolutePath();
      if (file.startsWith(root)) {
        return root.relativize(file).toString();
      }
    }
    return file.toString();
  }
}
