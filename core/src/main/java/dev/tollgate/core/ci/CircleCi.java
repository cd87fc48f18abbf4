package dev.tollgate.core.ci;

import static dev.tollgate.core.ci.CiSystem.variable;

import java.util.Map;
import java.util.Optional;

/**
 * CircleCI: {@code CIRCLECI=true}, {@code CIRCLE_BRANCH}, {@code CIRCLE_SHA1}. CircleCI does not
 * expose a pull request's base branch, so builds are never treated as pull requests here.
 */
public final class CircleCi implements CiSystem {

  @Override
  public boolean isActive(Map<String, String> env) {
    return "true".equalsIgnoreCase(env.getOrDefault("CIRCLECI", ""));
  }

  @Override
  public CiEnvironment read(Map<String, String> env) {
    return new CiEnvironment(
        "CircleCI", variable(env, "CIRCLE_BRANCH"), Optional.empty(), variable(env, "CIRCLE_SHA1"));
  }
}
