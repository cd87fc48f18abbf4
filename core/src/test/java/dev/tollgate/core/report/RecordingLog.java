package dev.tollgate.core.report;

import java.util.List;

/** Test fixtures shared by the report tests: a log sink that records lines, and a fake secret. */
final class RecordingLog {

  /** Assembled at run time so that no token-shaped string is stored in this repository. */
  static final String TOKEN = "ghp_" + "R8mKq2vXw7NpL4tYc9ZbH3sJd6FgA1eUo5Ti";

  private RecordingLog() {}

  /** A sink adding each line to {@code lines} behind the prefix of its level. */
  static LogSink into(
      List<String> lines, String errorPrefix, String warnPrefix, String infoPrefix) {
    return new LogSink() {
      @Override
      public void error(String line) {
        lines.add(errorPrefix + line);
      }

      @Override
      public void warn(String line) {
        lines.add(warnPrefix + line);
      }

      @Override
      public void info(String line) {
        lines.add(infoPrefix + line);
      }
    };
  }
}
