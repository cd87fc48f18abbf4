package dev.tollgate.core.report;

import dev.tollgate.core.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Sends one report to every output: the log, {@code <goal>.json} and {@code <goal>.sarif} in the
 * output directory (normally {@code target/tollgate/}), and GitHub Actions annotations on standard
 * output when running in GitHub Actions.
 *
 * @param outputDirectory where the report files go; created when missing
 * @param toolVersion the Tollgate version named in the SARIF file
 * @param env the process environment, to detect GitHub Actions
 * @param stdout where workflow commands go (the runner reads them from the start of a line)
 */
public record ReportPublisher(
    Path outputDirectory, String toolVersion, Map<String, String> env, PrintStream stdout) {

  /**
   * Publishes the report.
   *
   * @throws UncheckedIOException when a report file cannot be written; nothing half-written is left
   */
  public void publish(Report report, LogSink log) {
    LogReporter.report(report, log);
    write(outputDirectory.resolve(report.goal() + ".json"), JsonReporter.render(report));
    write(
        outputDirectory.resolve(report.goal() + ".sarif"),
        SarifReporter.render(report, toolVersion));
    if (GitHubActionsReporter.isActive(env)) {
      GitHubActionsReporter.render(report).forEach(stdout::println);
      stdout.flush();
    }
  }

  private static void write(Path target, String content) {
    try {
      AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report " + target + ": " + e.getMessage(), e);
    }
  }
}
