package dev.tollgate.core.ci;

import java.util.Map;
import java.util.Optional;

/** One CI system: recognises its own environment and reads the build's branch, base and commit. */
public interface CiSystem {

  /** Whether the environment belongs to this CI system. */
  boolean isActive(Map<String, String> env);

  /** Reads the build's details; only called when {@link #isActive} is true. */
  CiEnvironment read(Map<String, String> env);

  /** A non-blank variable's value. */
  static Optional<String> variable(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** The first non-blank of several variables. */
  static Optional<String> firstVariable(Map<String, String> env, String... names) {
    for (String name : names) {
      Optional<String> value = variable(env, name);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** A ref such as {@code refs/heads/main} as a branch name; tags and other refs give empty. */
  static Optional<String> branchOfRef(Optional<String> ref) {
    return ref.flatMap(
        r -> {
          if (r.startsWith("refs/heads/")) {
            return Optional.of(r.substring("refs/heads/".length()));
          }
          return r.startsWith("refs/") ? Optional.empty() : Optional.of(r);
        });
  }
}
