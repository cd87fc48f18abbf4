package dev.tollgate.quality;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.versioning.CommitRangeCheck;
import dev.tollgate.core.versioning.CommitsSince;
import dev.tollgate.core.versioning.ReleaseTags;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks that the commit messages of a range follow Conventional Commits (commitlint's
 * config-conventional rules by default). Runs once per reactor. Without {@code from}/{@code to} the
 * range is, on a CI pull/merge request, {@code merge-base(base, HEAD)..HEAD}; otherwise the commits
 * since the latest release tag reachable from HEAD; otherwise HEAD's history, up to {@code
 * maxCommits}. A shallow clone that cuts the range fails with the fix.
 */
@Mojo(
    name = "commits",
    defaultPhase = LifecyclePhase.VALIDATE,
    aggregator = true,
    threadSafe = true)
public class CommitsMojo extends AbstractCommitRulesMojo {

  /** Skips this goal: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.commits.skip", defaultValue = "false")
  private String skip;

  /**
   * Where the range starts, exclusive: any revision (sha, tag, branch, {@code origin/main}, {@code
   * HEAD~5}). Empty: chosen automatically (see above).
   */
  @Parameter(property = "tollgate.commits.from")
  private String from;

  /**
   * Where the range ends, inclusive: any revision. Empty: {@code HEAD}. Given without {@code from},
   * the range is all of its history, up to {@code maxCommits}.
   */
  @Parameter(property = "tollgate.commits.to")
  private String to;

  /**
   * Where checked history starts, for a repository that adopts the rules late: a revision (tag,
   * branch, commit id) whose history is never checked, or a date ({@code 2024-06-01}, or an ISO
   * date-time with offset) before which commits are not checked. It only narrows the range chosen
   * otherwise; set it in the pom so every build and CI run agree.
   */
  @Parameter(property = "tollgate.commits.since")
  private String since;

  /**
   * Whether the title of the pull/merge request being built is checked as a commit header (with
   * squash merges it becomes the commit on the target branch): {@code auto} (along with the
   * commits, whenever the build is for a pull/merge request), {@code off}, or {@code only} (in a
   * pull/merge request build the title alone, since its commits are squashed; other builds check
   * the commits as usual). The title comes from GitHub Actions' {@code pull_request} event payload
   * ({@code GITHUB_EVENT_PATH}) or GitLab's {@code CI_MERGE_REQUEST_TITLE}.
   */
  @Parameter(property = "tollgate.commits.prTitle", defaultValue = "auto")
  private String prTitle;

  /**
   * The most commits checked when the range has no lower bound (no {@code from} and no release
   * tag); the newest are checked and a note says so. {@code 0}: no limit.
   */
  @Parameter(property = "tollgate.commits.maxCommits", defaultValue = "10000")
  private int maxCommits;

  /**
   * The release tag format, to find the latest release: {@code ${version}} (write
   * {@code @{version}} in a pom, where Maven would expand {@code ${version}}) stands for a semantic
   * version. Empty: {@code v${version}}.
   */
  @Parameter(property = "tollgate.tagFormat")
  private String tagFormat;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  private File executionRoot;

  @Override
  protected boolean isSkipped() {
    if (settings().bool("tollgate.commits.skip", false)) {
      return true;
    }
    return false;
  }

  @Override
  protected boolean runsOncePerBuild() {
    return true;
  }

  @Override
  protected Report check() throws MojoExecutionException {
    File dir = executionRoot != null ? executionRoot : project.getBasedir();
    Settings s = settings();
    CommitRangeCheck.Request request =
        new CommitRangeCheck.Request(
            dir.toPath(),
            s.value("tollgate.commits.from").orElse(null),
            s.value("tollgate.commits.to").orElse(null),
            s.string("tollgate.tagFormat", ReleaseTags.DEFAULT_FORMAT),
            s.integer("tollgate.commits.maxCommits", 10000, 0, Integer.MAX_VALUE),
            lintConfig(),
            s.value(CommitsSince.PROPERTY).orElse(null),
            s.choice("tollgate.commits.prTitle", "auto", java.util.List.of("auto", "off", "only")));
    try {
      CommitRangeCheck.Result result = CommitRangeCheck.run(request, System.getenv());
      result.notes().forEach(getLog()::info);
      return result.report();
    } catch (GitException e) {
      throw new MojoExecutionException("Tollgate commits: " + e.getMessage(), e);
    } catch (InvalidSettingException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Tollgate commits: " + e.getMessage(), e);
    }
  }
}
