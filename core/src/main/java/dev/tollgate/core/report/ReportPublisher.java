package dev.tollgate.core.report;

import dev.tollgate.core.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Sends one report to every output: the log, {@code <goal>.json} and {@code <goal>.sarif} in the
 * output directory (normally {@code target/tollgate/}), and GitHub Actions annotations on standard
 * output when running in GitHub Actions.
 *
 * <p>A goal calls {@link #clearPrevious} before it does anything else, so that a run that stops
 * with an error leaves no report of an earlier run behind for CI to upload as if it were current.
 *
 * @param outputDirectory where the report files go; created when missing
 * @param toolVersion the Tollgate version named in the SARIF file
 * @param env the process environment, to detect GitHub Actions
 * @param stdout where workflow commands go (the runner reads them from the start of a line)
 */
public record ReportPublisher(
    Path outputDirectory, String toolVersion, Map<String, String> env, PrintStream stdout) {

  /**
   * Removes the reports an earlier run of the goal left ({@code <goal>.json}, {@code
   * <goal>.sarif}); call it first, before anything can fail. Missing files are fine.
   *
   * @param goal the goal's name, as in {@link Report#goal()}
   * @throws UncheckedIOException when an old report exists and cannot be removed
   */
  public void clearPrevious(String goal) {
    Report.checkGoal(goal); // a goal name, never a path
    for (Path stale : List.of(jsonFile(goal), sarifFile(goal))) {
      try {
        Files.deleteIfExists(stale);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot remove the previous report " + stale + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Publishes the report.
   *
   * @throws UncheckedIOException when a report file cannot be written; nothing half-written is left
   */
  public void publish(Report report, LogSink log) {
    // the files are rendered and written on a second thread while the findings are logged: with
    // thousands of findings, each of the three takes about a tenth of a second in a cold JVM
    ReportFiles files = new ReportFiles(report);
    Thread writer = new Thread(files, "tollgate-report-files");
    writer.setDaemon(true);
    writer.start();
    try {
      LogReporter.report(report, log);
    } finally {
      awaitUninterruptibly(writer);
    }
    files.rethrow();
    if (GitHubActionsReporter.isActive(env)) {
      GitHubActionsReporter.render(report).forEach(stdout::println);
      stdout.flush();
    }
  }

  /** Writes the JSON and SARIF files, keeping a failure for the publishing thread. */
  private final class ReportFiles implements Runnable {
    private final Report report;
    private Throwable failure;

    ReportFiles(Report report) {
      this.report = report;
    }

    @Override
    public void run() {
      try {
        write(jsonFile(report.goal()), JsonReporter.render(report));
        write(sarifFile(report.goal()), SarifReporter.render(report, toolVersion));
      } catch (RuntimeException | Error e) {
        failure = e;
      }
    }

    /** Throws what {@link #run} failed with, as it would have been thrown on this thread. */
    void rethrow() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
    }
  }

  /** Waits for the thread to end even when interrupted (a report is never left half-written). */
  private static void awaitUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private Path jsonFile(String goal) {
    return outputDirectory.resolve(goal + ".json");
  }

  private Path sarifFile(String goal) {
    return outputDirectory.resolve(goal + ".sarif");
  }

  private static void write(Path target, String content) {
    try {
      AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report " + target + ": " + e.getMessage(), e);
    }
  }
}
