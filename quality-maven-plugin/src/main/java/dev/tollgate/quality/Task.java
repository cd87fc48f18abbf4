package dev.tollgate.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code <task>} of {@code <tasks>}: the project's own tool that a hook stage, {@code
 * quality:tasks} and {@code quality:check} run on the files its globs select. See docs/tasks.md.
 */
public class Task {

  /** The name users see and skip it by ({@code TOLLGATE_SKIP=id}). */
  private String id;

  /** The hook it runs in: {@code pre-commit}, {@code commit-msg} or {@code pre-push}. */
  private String stage;

  /** Maven goals, e.g. {@code spotless:check} (all Maven tasks of a stage share one start). */
  private String goals;

  /** A {@code sh -c} command line; {@code {files}} stands for the shell-quoted files. */
  private String command;

  /** Globs (comma-separated) of the files that make the task relevant; all files when empty. */
  private String files;

  /**
   * The task as lines of the {@code tollgate.tasks} setting, {@code <id>.<element>=<value>}: the
   * text the hooks record and core reads.
   */
  @Override
  public String toString() {
    List<String> lines = new ArrayList<>();
    String name = id == null ? "" : id.trim();
    lines.add(name + ".id=" + name);
    add(lines, name, "stage", stage, " ");
    add(lines, name, "goals", goals, " ");
    add(lines, name, "command", command, " ");
    add(lines, name, "files", files, ",");
    return String.join("\n", lines);
  }

  private static void add(
      List<String> lines, String id, String element, String value, String separator) {
    if (value != null && !value.isBlank()) {
      lines.add(id + "." + element + "=" + value.trim().replaceAll("\\s*\\R\\s*", separator));
    }
  }
}
