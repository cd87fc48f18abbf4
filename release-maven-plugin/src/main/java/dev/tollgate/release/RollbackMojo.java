package dev.tollgate.release;

import dev.tollgate.core.release.PublishOptions;
import dev.tollgate.core.release.ReleaseGoals;
import dev.tollgate.core.settings.Settings;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Undoes the last {@code release:prepare} that was not pushed: moves the branch back to the commit
 * before the release (restoring the files) and deletes the tag. Refuses when that would lose work:
 * commits on top of the release, uncommitted changes, or a release already on a remote.
 */
@Mojo(name = "rollback", aggregator = true, threadSafe = true, requiresProject = false)
public class RollbackMojo extends AbstractReleaseMojo {

  /** Skips this goal ({@code true} or {@code false}). */
  @Parameter(property = "tollgate.rollback.skip", defaultValue = "false")
  private String skip;

  /** Print what would be undone and change nothing ({@code true} or {@code false}). */
  @Parameter(property = "tollgate.release.dryRun", defaultValue = "false")
  private String dryRun;

  @Override
  protected String skipProperty() {
    return "tollgate.rollback.skip";
  }

  @Override
  protected void run(Settings settings) throws Exception {
    ReleaseGoals.rollback(PublishOptions.of(settings, repositoryDirectory()), getLog()::info);
  }
}
