package dev.tollgate.core.tasks;

import dev.tollgate.core.pattern.GlobPattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tasks of a stage run, and on which files: a task runs when at least one of the files
 * matches one of its globs ({@link GlobPattern#path}), unless its id is skipped on purpose. Pure.
 *
 * @param run the tasks that run, each with its matching files (project-relative, in input order)
 * @param skipped the tasks skipped on purpose ({@code TOLLGATE_SKIP})
 * @param idle the tasks none of whose globs matched a file
 * @param unknownSkips ids in the skip list that name no task of the project
 */
public record TaskSelection(
    Map<Task, List<String>> run, List<Task> skipped, List<Task> idle, List<String> unknownSkips) {

  public TaskSelection {
    run = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(run));
    skipped = List.copyOf(skipped);
    idle = List.copyOf(idle);
    unknownSkips = List.copyOf(unknownSkips);
  }

  /**
   * Selects.
   *
   * @param all every task of the project (any stage), to tell a mistyped skip from a task of
   *     another stage
   * @param stage the stage that runs, or {@code null} for every task (CI)
   * @param files the candidate files, project-relative with {@code /}
   * @param skip the ids skipped on purpose
   */
  public static TaskSelection select(
      List<Task> all, Stage stage, Collection<String> files, Set<String> skip) {
    Map<Task, List<String>> run = new LinkedHashMap<>();
    List<Task> skipped = new ArrayList<>();
    List<Task> idle = new ArrayList<>();
    for (Task task : all) {
      if (stage != null && task.stage() != stage) {
        continue;
      }
      if (skip.contains(task.id())) {
        skipped.add(task);
        continue;
      }
      List<GlobPattern> globs = GlobPattern.paths(task.files());
      List<String> matching = files.stream().filter(f -> GlobPattern.anyMatches(globs, f)).toList();
      if (matching.isEmpty()) {
        idle.add(task);
      } else {
        run.put(task, matching);
      }
    }
    Set<String> ids = new java.util.HashSet<>();
    all.forEach(t -> ids.add(t.id()));
    List<String> unknown = skip.stream().filter(s -> !ids.contains(s)).sorted().toList();
    return new TaskSelection(run, skipped, idle, unknown);
  }

  /**
   * The ids in {@code TOLLGATE_SKIP}: comma- or space-separated, blanks ignored.
   *
   * @param value the variable's value, or null when unset
   */
  public static Set<String> skipList(String value) {
    Set<String> out = new java.util.LinkedHashSet<>();
    if (value != null) {
      for (String part : value.split("[,\\s]+")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }
}
