package dev.tollgate.core.git;

import dev.tollgate.core.ci.CiDetector;
import dev.tollgate.core.ci.CiEnvironment;
import java.util.Map;
import java.util.Optional;

/**
 * What a git-based check does when there is no git repository (a source archive, an export): a
 * local build skips the check with a warning that says why; a CI build fails, because a CI checkout
 * without {@code .git} means the gate would silently not run, unless {@code tollgate.requireGit} is
 * {@code false}. A pure decision, so every goal applies the same rule.
 *
 * @param requireGit the {@code tollgate.requireGit} setting (default {@code true})
 * @param ci the CI system running the build, or empty for a local build
 */
public record RepositoryRequirement(boolean requireGit, Optional<String> ci) {

  /** The setting that lets a CI build without a repository pass with a warning. */
  public static final String PROPERTY = "tollgate.requireGit";

  public RepositoryRequirement {
    ci = ci == null ? Optional.empty() : ci;
  }

  /** The requirement for a build with these environment variables ({@code CI=true} counts). */
  public static RepositoryRequirement of(boolean requireGit, Map<String, String> env) {
    return new RepositoryRequirement(requireGit, CiDetector.detect(env).map(CiEnvironment::system));
  }

  /**
   * What to do about a missing repository.
   *
   * @param fail whether the build fails (an error) rather than skipping with a warning
   * @param message the line to log or fail with, saying why and what to do
   */
  public record Decision(boolean fail, String message) {}

  /**
   * The decision for a check that found no repository.
   *
   * @param missing the {@link GitException.Kind#NO_REPOSITORY} failure the check raised
   */
  public Decision whenMissing(GitException missing) {
    String where =
        "no git repository at or above "
            + missing.directory().map(Object::toString).orElse("the project directory");
    if (ci.isPresent() && requireGit) {
      return new Decision(
          true,
          where
              + ", and this CI build ("
              + ci.get()
              + ") must check the repository: commits/files/branch checks cannot run; check out"
              + " the repository with git (with its .git directory), or set "
              + PROPERTY
              + "=false to skip them with a warning");
    }
    return new Decision(
        false,
        where
            + ": commits/files/branch checks skipped; run the build in a git clone to check them"
            + (ci.isPresent() ? " (" + PROPERTY + "=false)" : ""));
  }
}
