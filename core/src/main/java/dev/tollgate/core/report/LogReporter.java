package dev.tollgate.core.report;

/**
 * Renders a report as log lines: one line per finding, {@code path:line:col: [rule] message}, the
 * fix indented below it, then a summary. A finding's text never breaks or rewrites a log line.
 */
public final class LogReporter {

  private LogReporter() {}

  /** Writes every finding and the summary to the sink. */
  public static void report(Report report, LogSink log) {
    for (Finding finding : report.findings()) {
      log.at(finding.severity(), line(finding));
      if (!finding.hint().isEmpty()) {
        for (String hintLine : finding.hint().split("\n")) {
          log.at(finding.severity(), "    " + printable(hintLine));
        }
      }
    }
    String summary = "tollgate " + report.goal() + ": " + report.summary();
    if (report.hasErrors()) {
      log.error(summary);
    } else if (report.count(Severity.WARN) > 0) {
      log.warn(summary);
    } else {
      log.info(summary);
    }
  }

  /** The first line for one finding: {@code pom.xml:42:5: [rule] message}. */
  public static String line(Finding finding) {
    String where = finding.location().display();
    String prefix = where.isEmpty() ? "" : where + ": ";
    return prefix + "[" + finding.ruleId() + "] " + printable(finding.message());
  }

  /**
   * The text on one log line: line breaks and other control characters (which would start a line
   * that looks like another finding, or rewrite the line on a terminal) are shown escaped, as in a
   * Java string literal; tabs are kept.
   */
  static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\t') || c == 0x7f || c == 0x2028 || c == 0x2029;
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        switch (c) {
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          default -> out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
