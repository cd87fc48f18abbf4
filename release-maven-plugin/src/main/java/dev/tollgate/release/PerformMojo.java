package dev.tollgate.release;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.release.ReleaseException;
import dev.tollgate.core.release.ReleasePerform;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the last {@code release:prepare}: pushes the release commit(s) and the tag to the
 * remote in one atomic push (the remote takes both or neither), through JGit. Deployment stays with
 * CI, triggered by the tag (see docs/release.md for a GitHub Actions recipe).
 */
@Mojo(name = "perform", aggregator = true, threadSafe = true, requiresProject = false)
public class PerformMojo extends AbstractReleaseMojo {

  /** Skips this goal. */
  @Parameter(property = "tollgate.perform.skip", defaultValue = "false")
  private boolean skip;

  /** The remote to push to. */
  @Parameter(property = "tollgate.release.remote", defaultValue = "origin")
  private String remote;

  /** Print what would be pushed and push nothing. */
  @Parameter(property = "tollgate.release.dryRun", defaultValue = "false")
  private boolean dryRun;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    try (GitRepository git = GitRepository.open(repositoryDirectory())) {
      ReleasePerform.run(git, remote, dryRun, getLog()::info);
    } catch (ReleaseException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (GitException e) {
      throw new MojoExecutionException(e.getMessage());
    }
  }
}
