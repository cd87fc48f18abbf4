package dev.tollgate.core.ci;

import java.util.Map;
import java.util.Optional;

/**
 * Any other CI system that follows the common convention {@code CI=true} (or {@code CI=1}). It
 * gives no branch or pull request details.
 */
public final class GenericCi implements CiSystem {

  @Override
  public boolean isActive(Map<String, String> env) {
    String ci = env.getOrDefault("CI", "").trim();
    return ci.equalsIgnoreCase("true") || ci.equals("1");
  }

  @Override
  public CiEnvironment read(Map<String, String> env) {
    return new CiEnvironment("CI", Optional.empty(), Optional.empty(), Optional.empty());
  }
}
