package dev.tollgate.core.ci;

import static dev.tollgate.core.ci.CiSystem.branchOfRef;
import static dev.tollgate.core.ci.CiSystem.variable;

import java.util.Map;
import java.util.Optional;

/**
 * Azure Pipelines: {@code TF_BUILD=True}; pull request builds set {@code
 * SYSTEM_PULLREQUEST_SOURCEBRANCH} and {@code SYSTEM_PULLREQUEST_TARGETBRANCH} (as {@code
 * refs/heads/…}), branch builds {@code BUILD_SOURCEBRANCH}.
 */
public final class AzurePipelines implements CiSystem {

  @Override
  public boolean isActive(Map<String, String> env) {
    return "true".equalsIgnoreCase(env.getOrDefault("TF_BUILD", ""));
  }

  @Override
  public CiEnvironment read(Map<String, String> env) {
    Optional<String> base = branchOfRef(variable(env, "SYSTEM_PULLREQUEST_TARGETBRANCH"));
    Optional<String> branch =
        base.isPresent()
            ? branchOfRef(variable(env, "SYSTEM_PULLREQUEST_SOURCEBRANCH"))
            : branchOfRef(variable(env, "BUILD_SOURCEBRANCH"));
    return new CiEnvironment("Azure Pipelines", branch, base, variable(env, "BUILD_SOURCEVERSION"));
  }
}
