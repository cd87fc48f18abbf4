package dev.tollgate.quality;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.tools.ActionPinFix;
import dev.tollgate.core.tools.ToolPinOptions;
import java.io.IOException;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Repairs what {@code quality:pins} finds, in place. With {@code -Dtollgate.pins.scan=actions} it
 * pins every GitHub Action of the workflows and actions to a commit: {@code uses: owner/repo@v4}
 * becomes {@code owner/repo@<sha> # v4.2.1}, resolving the tag or branch with {@code git ls-remote}
 * against {@code actionsRemote}. Only the ref changes (and a version comment is added); quoting,
 * indentation and other comments stay byte for byte. A ref that cannot be resolved (offline, an
 * unknown tag) is left as it is and reported. The other scans have no fixer in this version.
 */
@Mojo(name = "pins-fix", threadSafe = true, aggregator = true)
public class PinsFixMojo extends AbstractQualityMojo {

  /** Skips this goal: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.pins-fix.skip", defaultValue = "false")
  private String skip;

  /**
   * What to fix, comma-separated. {@code actions} pins GitHub Actions to commits; {@code maven},
   * {@code containers}, {@code precommit} and {@code tools} have no fixer in this version and are
   * reported as such.
   */
  @Parameter(property = ToolPinOptions.SCAN, defaultValue = "actions")
  private List<String> scan;

  /**
   * Where an action's repository is listed, with {@code {owner}} and {@code {repo}} standing for
   * the two parts of {@code uses: owner/repo@ref}: a URL or a local path.
   */
  @Parameter(
      property = ToolPinOptions.ACTIONS_REMOTE,
      defaultValue = ToolPinOptions.DEFAULT_ACTIONS_REMOTE)
  private String actionsRemote;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Override
  protected boolean isSkipped() {
    return settings().bool("tollgate.pins-fix.skip", false);
  }

  @Override
  protected boolean runsOncePerBuild() {
    return true;
  }

  @Override
  protected Report check() throws MojoExecutionException {
    ToolPinOptions options = ToolPinOptions.from(settings());
    for (ToolPinOptions.Scan s : options.scans()) {
      if (s != ToolPinOptions.Scan.ACTIONS) {
        getLog()
            .warn(
                "Tollgate pins-fix: the '"
                    + s.id()
                    + "' scan has no fixer in this version; fix its findings by hand (see"
                    + " quality:pins)");
      }
    }
    if (!options.scans(ToolPinOptions.Scan.ACTIONS)) {
      return new Report(goal(), List.of());
    }
    return fixActions(options);
  }

  /** The actions fixer: pins every {@code uses:} to a commit. */
  private Report fixActions(ToolPinOptions options) throws MojoExecutionException {
    try {
      ActionPinFix.Result result =
          ActionPinFix.run(session.getTopLevelProject().getBasedir().toPath(), options);
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
      return new Report(goal(), result.findings());
    } catch (GitException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot fix the workflows: " + e, e);
    }
  }
}
