package dev.tollgate.core.report;

/**
 * Renders a report as log lines: one line per finding, {@code path:line:col: [rule] message}, the
 * fix indented below it, then a summary.
 */
public final class LogReporter {

  private LogReporter() {}

  /** Writes every finding and the summary to the sink. */
  public static void report(Report report, LogSink log) {
    for (Finding finding : report.findings()) {
      log.at(finding.severity(), line(finding));
      if (!finding.hint().isEmpty()) {
        for (String hintLine : finding.hint().split("\n")) {
          log.at(finding.severity(), "    " + hintLine);
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
    return prefix + "[" + finding.ruleId() + "] " + finding.message();
  }
}
