package dev.tollgate.core.ci;

import java.util.Objects;
import java.util.Optional;

/**
 * What a CI system tells about the build it runs.
 *
 * @param system the CI system's name, e.g. {@code GitHub Actions}
 * @param branch the branch being built (the source branch of a pull/merge request), even when the
 *     checkout is a detached HEAD
 * @param pullRequestBase the target branch of a pull/merge request; empty for branch builds
 * @param commitSha the commit being built, when the system says
 */
public record CiEnvironment(
    String system,
    Optional<String> branch,
    Optional<String> pullRequestBase,
    Optional<String> commitSha) {

  public CiEnvironment {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(pullRequestBase, "pullRequestBase");
    Objects.requireNonNull(commitSha, "commitSha");
  }

  /** Whether this build is for a pull or merge request. */
  public boolean isPullRequest() {
    return pullRequestBase.isPresent();
  }
}
