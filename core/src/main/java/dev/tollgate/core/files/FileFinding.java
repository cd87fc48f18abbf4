package dev.tollgate.core.files;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Severity;
import java.util.Objects;

/**
 * What a check found in one file, before its configured level is applied.
 *
 * @param checkId the check's id, e.g. {@code secrets}; the finding's rule id
 * @param kind the precise kind within the check, e.g. {@code trailing-ws} or {@code crlf}; used in
 *     the TSV output that benchmarks score
 * @param path the repository-relative path
 * @param line 1-based line, or 0 for the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong; never contains a secret in clear
 * @param hint how to fix it
 * @param fingerprint for secrets, a stable hash accepted by the baseline file; otherwise empty
 */
public record FileFinding(
    String checkId,
    String kind,
    String path,
    int line,
    int column,
    String message,
    String hint,
    String fingerprint) {

  public FileFinding {
    Objects.requireNonNull(checkId, "checkId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
    fingerprint = fingerprint == null ? "" : fingerprint;
  }

  /** A finding without a fingerprint. */
  public static FileFinding of(
      String checkId, String kind, String path, int line, int column, String message, String hint) {
    return new FileFinding(checkId, kind, path, line, column, message, hint, "");
  }

  /** The finding in the shared model, at the given severity. */
  public Finding toFinding(Severity severity) {
    return new Finding(checkId, severity, Location.file(path, line, column), message, hint);
  }
}
