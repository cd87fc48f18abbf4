package dev.tollgate.core.ci;

import static dev.tollgate.core.ci.CiSystem.branchOfRef;
import static dev.tollgate.core.ci.CiSystem.variable;

import java.util.Map;
import java.util.Optional;

/**
 * GitHub Actions: {@code GITHUB_ACTIONS=true}; pull requests set {@code GITHUB_HEAD_REF} and {@code
 * GITHUB_BASE_REF}, branch builds {@code GITHUB_REF}.
 */
public final class GitHubActions implements CiSystem {

  @Override
  public boolean isActive(Map<String, String> env) {
    return "true".equalsIgnoreCase(env.getOrDefault("GITHUB_ACTIONS", ""));
  }

  @Override
  public CiEnvironment read(Map<String, String> env) {
    Optional<String> base = variable(env, "GITHUB_BASE_REF");
    Optional<String> branch =
        base.isPresent()
            ? variable(env, "GITHUB_HEAD_REF")
            : branchOfRef(variable(env, "GITHUB_REF"))
                .or(
                    () ->
                        "branch".equals(env.get("GITHUB_REF_TYPE"))
                            ? variable(env, "GITHUB_REF_NAME")
                            : Optional.empty());
    return new CiEnvironment("GitHub Actions", branch, base, variable(env, "GITHUB_SHA"));
  }
}
