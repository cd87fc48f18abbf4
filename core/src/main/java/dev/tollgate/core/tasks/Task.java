package dev.tollgate.core.tasks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the project's tools, run by a hook stage (and by {@code quality:tasks} and {@code
 * quality:check} in CI) on the files its globs select.
 *
 * @param id the name users see and skip it by ({@code TOLLGATE_SKIP=id})
 * @param stage the hook it runs in
 * @param goals Maven goals ({@code spotless:check}); empty for a command task
 * @param command a {@code sh -c} command line, {@code {files}} standing for the quoted files; empty
 *     for a Maven task
 * @param files the globs that make it relevant, matched against paths relative to the project
 */
public record Task(
    String id, Stage stage, List<String> goals, Optional<String> command, List<String> files) {

  /** The placeholder in a command that becomes the shell-quoted files. */
  public static final String FILES = "{files}";

  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
    goals = List.copyOf(goals);
    Objects.requireNonNull(command, "command");
    files = List.copyOf(files);
    if (goals.isEmpty() == command.isEmpty()) {
      throw new IllegalArgumentException("a task has goals or a command, not both");
    }
  }

  /** Whether it runs Maven goals (all such tasks of a stage share one Maven start). */
  public boolean isMaven() {
    return !goals.isEmpty();
  }
}
