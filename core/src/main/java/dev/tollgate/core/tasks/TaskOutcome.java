package dev.tollgate.core.tasks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one task ended.
 *
 * @param task the task
 * @param status its result
 * @param duration how long its process ran (for a Maven task: the shared Maven start)
 * @param command the command that reproduces it, as typed in a shell from the project directory
 * @param output the last lines of the tool's output, when they matter (on failure)
 * @param log the file with the tool's whole output, when it ran
 * @param changed files the task changed (a fixer), project-relative
 */
public record TaskOutcome(
    Task task,
    Status status,
    Duration duration,
    String command,
    List<String> output,
    Optional<Path> log,
    List<String> changed) {

  public TaskOutcome {
    output = List.copyOf(output);
    changed = List.copyOf(changed);
  }

  /** The result of a task. */
  public enum Status {
    /** It ran and its exit status was 0, and it changed no file. */
    PASSED("passed"),
    /** Its exit status was not 0. */
    FAILED("FAILED"),
    /** It exited with 0 but changed files: the commit stops so the user can review them. */
    CHANGED_FILES("CHANGED FILES"),
    /** Its Maven start failed at another task's goal before it was known to pass. */
    NOT_CONFIRMED("not confirmed"),
    /** Skipped on purpose ({@code TOLLGATE_SKIP}). */
    SKIPPED("skipped"),
    /** None of the files matched its globs. */
    NO_FILES("no files");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /** How the result is printed. */
    public String label() {
      return label;
    }

    /** Whether this result stops the commit (or fails the build). */
    public boolean fails() {
      return this == FAILED || this == CHANGED_FILES;
    }
  }
}
