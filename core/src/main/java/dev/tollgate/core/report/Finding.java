package dev.tollgate.core.report;

import java.util.Objects;

/**
 * One problem found by a check.
 *
 * @param ruleId the stable id of the rule that found it, e.g. {@code type-enum} or {@code secrets}
 * @param severity how serious it is
 * @param location where it is
 * @param message what is wrong; never contains a secret in clear
 * @param hint how to fix it; empty when there is nothing more to say
 */
public record Finding(
    String ruleId, Severity severity, Location location, String message, String hint) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  /** The same finding at another severity (used when a rule's level is configured). */
  public Finding withSeverity(Severity other) {
    return new Finding(ruleId, other, location, message, hint);
  }
}
