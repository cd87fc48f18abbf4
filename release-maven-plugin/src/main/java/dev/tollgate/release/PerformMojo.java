package dev.tollgate.release;

import dev.tollgate.core.release.PublishOptions;
import dev.tollgate.core.release.ReleaseGoals;
import dev.tollgate.core.settings.Settings;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the last {@code release:prepare}: pushes the release commit(s) and the tag to the
 * remote in one atomic push (the remote takes both or neither), through JGit. Deployment stays with
 * CI, triggered by the tag (see docs/release.md for a GitHub Actions recipe).
 */
@Mojo(name = "perform", aggregator = true, threadSafe = true, requiresProject = false)
public class PerformMojo extends AbstractReleaseMojo {

  /** Skips this goal ({@code true} or {@code false}). */
  @Parameter(property = "tollgate.perform.skip", defaultValue = "false")
  private String skip;

  /** The remote to push to. */
  @Parameter(property = "tollgate.release.remote", defaultValue = "origin")
  private String remote;

  /** Print what would be pushed and push nothing ({@code true} or {@code false}). */
  @Parameter(property = "tollgate.release.dryRun", defaultValue = "false")
  private String dryRun;

  @Override
  protected String skipProperty() {
    return "tollgate.perform.skip";
  }

  @Override
  protected void run(Settings settings) throws Exception {
    ReleaseGoals.perform(PublishOptions.of(settings, repositoryDirectory()), getLog()::info);
  }
}
