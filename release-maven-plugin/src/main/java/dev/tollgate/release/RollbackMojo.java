package dev.tollgate.release;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.release.ReleaseException;
import dev.tollgate.core.release.ReleaseRollback;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Undoes the last {@code release:prepare} that was not pushed: moves the branch back to the commit
 * before the release (restoring the files) and deletes the tag. Refuses when that would lose work:
 * commits on top of the release, uncommitted changes, or a release already on a remote.
 */
@Mojo(name = "rollback", aggregator = true, threadSafe = true, requiresProject = false)
public class RollbackMojo extends AbstractReleaseMojo {

  /** Skips this goal. */
  @Parameter(property = "tollgate.rollback.skip", defaultValue = "false")
  private boolean skip;

  /** Print what would be undone and change nothing. */
  @Parameter(property = "tollgate.release.dryRun", defaultValue = "false")
  private boolean dryRun;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    try (GitRepository git = GitRepository.open(repositoryDirectory())) {
      ReleaseRollback.run(git, dryRun, getLog()::info);
    } catch (ReleaseException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (GitException e) {
      throw new MojoExecutionException(e.getMessage());
    }
  }
}
