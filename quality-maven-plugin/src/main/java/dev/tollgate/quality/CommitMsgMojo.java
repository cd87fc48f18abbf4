package dev.tollgate.quality;

import dev.tollgate.core.commits.CommitLinter;
import dev.tollgate.core.commits.CommitMessageParser;
import dev.tollgate.core.commits.GitMessageCleanup;
import dev.tollgate.core.commits.ParseError;
import dev.tollgate.core.commits.ParsedMessage;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks one commit message file, as a {@code commit-msg} git hook does: git's default cleanup is
 * applied first (comment lines, honouring {@code core.commentChar}, and everything below the
 * scissors line are dropped), then the same rules as {@code quality:commits}.
 */
@Mojo(name = "commit-msg", requiresProject = false, threadSafe = true)
public class CommitMsgMojo extends AbstractCommitRulesMojo {

  /** Skips this goal. */
  @Parameter(property = "tollgate.commit-msg.skip", defaultValue = "false")
  private boolean skip;

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
    return skip;
  }

  @Override
  protected Report check() throws MojoExecutionException {
    if (commitMsgFile == null) {
      throw new MojoExecutionException(
          "Tollgate commit-msg: no message file; run it as -Dtollgate.commitMsgFile=.git/COMMIT_EDITMSG"
              + " (a commit-msg hook gets the path as its first argument)");
    }
    Path file = commitMsgFile.toPath().toAbsolutePath();
    String raw;
    try {
      raw = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Tollgate commit-msg: cannot read "
              + file
              + " ("
              + e.getMessage()
              + "); check tollgate.commitMsgFile",
          e);
    }
    String message = GitMessageCleanup.clean(raw, commentChar(file));
    CommitLinter linter = new CommitLinter(lintConfig());
    ParsedMessage parsed = CommitMessageParser.parse(message);
    if (linter.ignoreReason(parsed, -1).isPresent()) {
      return new Report("commit-msg", List.of());
    }
    int column = parsed instanceof ParseError e ? e.column() : 0;
    String shown = displayPath(file);
    Location where = Location.file(shown, 1, column);
    List<Finding> findings = linter.lint(parsed, where);
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

  /** The repository's comment character, or {@code #} outside a repository. */
  private static String commentChar(Path file) {
    try (GitRepository git = GitRepository.open(file.getParent())) {
      return git.commentChar();
    } catch (GitException e) {
      return "#";
    }
  }
}
