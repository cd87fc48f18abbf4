package dev.tollgate.core.report;

/**
 * Where human-readable lines go: the Maven log in a plugin, a terminal in a git hook. Core code
 * knows no logging framework; adapters pass method references.
 */
public interface LogSink {

  /** Logs a line at error level. */
  void error(String line);

  /** Logs a line at warning level. */
  void warn(String line);

  /** Logs a line at info level. */
  void info(String line);

  /** Logs a line at the level matching a finding's severity. */
  default void at(Severity severity, String line) {
    switch (severity) {
      case ERROR -> error(line);
      case WARN -> warn(line);
      case INFO -> info(line);
    }
  }
}
