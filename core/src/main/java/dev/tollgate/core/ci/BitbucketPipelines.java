package dev.tollgate.core.ci;

import static dev.tollgate.core.ci.CiSystem.variable;

import java.util.Map;

/**
 * Bitbucket Pipelines: {@code BITBUCKET_BUILD_NUMBER}; pull request pipelines set {@code
 * BITBUCKET_PR_DESTINATION_BRANCH}.
 */
public final class BitbucketPipelines implements CiSystem {

  @Override
  public boolean isActive(Map<String, String> env) {
    return variable(env, "BITBUCKET_BUILD_NUMBER").isPresent();
  }

  @Override
  public CiEnvironment read(Map<String, String> env) {
    return new CiEnvironment(
        "Bitbucket Pipelines",
        variable(env, "BITBUCKET_BRANCH"),
        variable(env, "BITBUCKET_PR_DESTINATION_BRANCH"),
        variable(env, "BITBUCKET_COMMIT"));
  }
}
