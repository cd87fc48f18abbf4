package dev.tollgate.core.ci;

import static dev.tollgate.core.ci.CiSystem.firstVariable;
import static dev.tollgate.core.ci.CiSystem.variable;

import java.util.Map;
import java.util.Optional;

/**
 * Jenkins: {@code JENKINS_URL}; multibranch pull requests set {@code CHANGE_BRANCH} and {@code
 * CHANGE_TARGET}, branch jobs {@code BRANCH_NAME} or the git plugin's {@code GIT_BRANCH} (which may
 * carry a remote prefix such as {@code origin/}).
 */
public final class Jenkins implements CiSystem {

  @Override
  public boolean isActive(Map<String, String> env) {
    return variable(env, "JENKINS_URL").isPresent();
  }

  @Override
  public CiEnvironment read(Map<String, String> env) {
    Optional<String> branch =
        firstVariable(env, "CHANGE_BRANCH", "BRANCH_NAME", "GIT_LOCAL_BRANCH")
            .or(() -> variable(env, "GIT_BRANCH").map(Jenkins::withoutRemote));
    return new CiEnvironment(
        "Jenkins", branch, variable(env, "CHANGE_TARGET"), variable(env, "GIT_COMMIT"));
  }

  private static String withoutRemote(String gitBranch) {
    if (gitBranch.startsWith("refs/heads/")) {
      return gitBranch.substring("refs/heads/".length());
    }
    if (gitBranch.startsWith("refs/remotes/")) {
      gitBranch = gitBranch.substring("refs/remotes/".length());
    }
    int slash = gitBranch.indexOf('/');
    return slash > 0 ? gitBranch.substring(slash + 1) : gitBranch;
  }
}
