package dev.tollgate.core.tools;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Severity;

/** A file a scanner cannot read as what its name says: one finding, never a stack trace. */
final class MalformedFile extends RuntimeException {

  /** The rule id of a file that cannot be parsed. */
  static final String RULE = "malformed-file";

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  MalformedFile(String problem, int line, int column) {
    super(problem, null, false, false);
    this.line = line;
    this.column = column;
  }

  Finding finding(String path, String kind) {
    return finding(path, kind, getMessage(), line, column);
  }

  static Finding finding(String path, String kind, String problem, int line, int column) {
    return new Finding(
        RULE,
        Severity.ERROR,
        Location.file(path, line, column),
        "cannot read this " + kind + ", so its pins are not checked: " + problem,
        "fix the syntax; the tool that reads this file would fail on it too");
  }
}
