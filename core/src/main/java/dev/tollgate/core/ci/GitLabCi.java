package dev.tollgate.core.ci;

import static dev.tollgate.core.ci.CiSystem.firstVariable;
import static dev.tollgate.core.ci.CiSystem.variable;

import java.util.Map;

/**
 * GitLab CI: {@code GITLAB_CI=true}; merge request pipelines set {@code
 * CI_MERGE_REQUEST_SOURCE_BRANCH_NAME} and {@code CI_MERGE_REQUEST_TARGET_BRANCH_NAME}.
 */
public final class GitLabCi implements CiSystem {

  @Override
  public boolean isActive(Map<String, String> env) {
    return "true".equalsIgnoreCase(env.getOrDefault("GITLAB_CI", ""));
  }

  @Override
  public CiEnvironment read(Map<String, String> env) {
    return new CiEnvironment(
        "GitLab CI",
        firstVariable(env, "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "CI_COMMIT_BRANCH"),
        variable(env, "CI_MERGE_REQUEST_TARGET_BRANCH_NAME"),
        variable(env, "CI_COMMIT_SHA"));
  }
}
