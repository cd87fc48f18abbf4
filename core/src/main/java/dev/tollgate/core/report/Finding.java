package dev.tollgate.core.report;

import dev.tollgate.core.secrets.Secrets;
import java.util.Objects;

/**
 * One problem found by a check. A finding never holds a secret in clear: whatever a check puts in
 * the message or the hint (a commit header with a token in it, a line of a file), every secret in
 * it is masked here, once, with the one rule of {@link Secrets#mask}; so the log, JSON, SARIF and
 * annotations of every goal show it masked.
 *
 * @param ruleId the stable id of the rule that found it, e.g. {@code type-enum} or {@code secrets}
 * @param severity how serious it is
 * @param location where it is
 * @param message what is wrong; secrets in it are masked
 * @param hint how to fix it; empty when there is nothing more to say; secrets in it are masked
 */
public record Finding(
    String ruleId, Severity severity, Location location, String message, String hint) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    message = Secrets.redact(Objects.requireNonNull(message, "message"));
    hint = hint == null ? "" : Secrets.redact(hint);
  }

  /** The same finding at another severity (used when a rule's level is configured). */
  public Finding withSeverity(Severity other) {
    return new Finding(ruleId, other, location, message, hint);
  }
}
