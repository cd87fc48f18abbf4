package dev.tollgate.quality;

import dev.tollgate.core.commits.CommitLinter;
import dev.tollgate.core.commits.CommitMessageParser;
import dev.tollgate.core.commits.GitMessageCleanup;
import dev.tollgate.core.commits.ParseError;
import dev.tollgate.core.commits.ParsedMessage;
import dev.tollgate.core.git.GitLayout;
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
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks one commit message file, as a {@code commit-msg} git hook does: git's default cleanup is
 * applied first (comment lines, honouring {@code core.commentString} or {@code core.commentChar},
 * and everything below the scissors line are dropped), then the same rules as {@code
 * quality:commits}.
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

  /**
   * git's comment prefix now ({@code core.commentString}, else {@code core.commentChar}), read as
   * the commit-msg hook reads it; {@code null} ({@code #}) outside a repository.
   */
  private static String commentChar(Path file) throws MojoExecutionException {
    try {
      Optional<GitLayout> layout = GitLayout.discover(file.getParent(), System.getenv());
      return layout.isEmpty() ? null : layout.get().commentPrefix().orElse(null);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read the git configuration: " + e.getMessage(), e);
    }
  }
}
