package dev.tollgate.quality;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.pom.MissingPin;
import dev.tollgate.core.pom.PinsFix;
import dev.tollgate.core.pom.PomEdit;
import dev.tollgate.core.pom.PomEditException;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import dev.tollgate.core.tools.ActionPinFix;
import dev.tollgate.core.tools.ToolPinOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the plugin pins {@code quality:pins} finds missing (the versions in use) into the
 * pluginManagement of the reactor root, or of the outermost POM of the build for modules whose
 * parent is outside it, creating the section when absent. Lossless: comments, formatting and line
 * endings stay as they were. Idempotent. Never touches a file outside the project. A version that
 * is not one exact release (a range a parent brings) is left to the user, as a warning.
 *
 * <p>With the {@code actions} scan (on by default, like in {@code quality:pins}) it also pins every
 * GitHub Action of the workflows and actions to a commit: {@code uses: owner/repo@v4} becomes
 * {@code owner/repo@<sha> # v4.2.1}, resolving the tag or branch with {@code git ls-remote} against
 * {@code actionsRemote}. Only the ref changes (and a version comment is added). A ref that cannot
 * be resolved (offline, an unknown tag) is left as it is and reported. The {@code containers},
 * {@code precommit} and {@code tools} scans have no fixer: fix their findings by hand.
 */
@Mojo(name = "pins-fix", threadSafe = true, aggregator = true)
public class PinsFixMojo extends PinsMojo {

  /** Skips this goal: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.pins-fix.skip", defaultValue = "false")
  private String fixSkip;

  /** Prints the change as a diff instead of writing it: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.pins.dryRun", defaultValue = "false")
  private String dryRun;

  /**
   * Where an action's repository is listed, with {@code {owner}} and {@code {repo}} standing for
   * the two parts of {@code uses: owner/repo@ref}: a URL or a local path.
   */
  @Parameter(
      property = ToolPinOptions.ACTIONS_REMOTE,
      defaultValue = ToolPinOptions.DEFAULT_ACTIONS_REMOTE)
  private String actionsRemote;

  @Override
  protected boolean isSkipped() {
    return settings().bool("tollgate.pins-fix.skip", false);
  }

  @Override
  protected Report check() throws MojoExecutionException {
    ToolPinOptions options = ToolPinOptions.from(settings());
    boolean dry = settings().bool("tollgate.pins.dryRun", false);
    List<Finding> left = new ArrayList<>();
    if (options.scans(ToolPinOptions.Scan.MAVEN)) {
      left.addAll(fixMaven(pinResult().missing(), dry));
    }
    if (options.scans(ToolPinOptions.Scan.ACTIONS)) {
      if (dry) {
        getLog().info("Tollgate pins-fix: dry run: GitHub Actions are not pinned in a dry run");
      } else {
        left.addAll(fixActions(options));
      }
    }
    return new Report("pins-fix", left);
  }

  /**
   * The Maven part of the fix: writes {@code pins} into the build's POMs (or prints the diff), and
   * returns a warning per pin it cannot write.
   */
  private List<Finding> fixMaven(List<MissingPin> pins, boolean dry) throws MojoExecutionException {
    List<PomEdit> edits;
    try {
      edits = PinsFix.apply(projectRoot(), pins, dry);
    } catch (PomEditException e) {
      throw new MojoExecutionException("quality:pins-fix: " + e.getMessage());
    }
    List<Finding> left = new ArrayList<>();
    int written = 0;
    for (PomEdit edit : edits) {
      if (dry) {
        PinsFix.diff(edit).forEach(getLog()::info);
      }
      for (String line : edit.edits()) {
        if (line.contains("choose one")) {
          left.add(
              new Finding(
                  "unpinned-version",
                  Severity.WARN,
                  dev.tollgate.core.report.Location.file(edit.path().toString()),
                  line.substring(0, line.indexOf(": ")) + " has no exact version in use",
                  "choose a release and add it to pluginManagement in " + edit.path()));
        } else {
          written++;
          getLog().info("Tollgate pins-fix: " + edit.path() + ": " + line);
        }
      }
    }
    getLog()
        .info(
            "Tollgate pins-fix: "
                + (written == 0
                    ? "nothing to pin"
                    : written
                        + " pin"
                        + (written == 1 ? "" : "s")
                        + (dry ? " to write" : " written"))
                + (dry ? " (dry run: no file changed)" : ""));
    return left;
  }

  /** The actions fixer: pins every {@code uses:} to a commit; returns what it left as it was. */
  private List<Finding> fixActions(ToolPinOptions options) throws MojoExecutionException {
    try {
      ActionPinFix.Result result = ActionPinFix.run(projectRoot(), options);
      for (String file : result.changed()) {
        getLog().info("Tollgate pins-fix: pinned the actions of " + file);
      }
      getLog()
          .info(
              "Tollgate pins-fix: "
                  + result.pinned()
                  + " action reference"
                  + (result.pinned() == 1 ? "" : "s")
                  + " pinned, "
                  + result.findings().size()
                  + " left as they are");
      return result.findings();
    } catch (GitException e) {
      throw new MojoExecutionException("quality:pins-fix: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("quality:pins-fix cannot fix the workflows: " + e, e);
    }
  }
}
