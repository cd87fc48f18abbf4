package dev.tollgate.core.settings;

/**
 * How much a rule or check matters, in one vocabulary for every goal: {@code off}, {@code warn} or
 * {@code error}.
 */
public enum Level {
  /** Not checked. */
  OFF,
  /** Reported; never fails the build. */
  WARN,
  /** Reported; fails the build unless {@code tollgate.failOnViolation=false}. */
  ERROR;

  /** The spelling users write. */
  public String spelling() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
