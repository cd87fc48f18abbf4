package dev.tollgate.core.tasks;

import dev.tollgate.core.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code tollgate.tasks.*} settings, read the same way by the hooks ({@code hooks.properties})
 * and the goals.
 *
 * @param tasks the tasks, in pom order
 * @param skip whether no task runs ({@value #SKIP})
 * @param mavenArgs options added to the Maven start of every stage ({@value #MAVEN_ARGS})
 * @param parallel whether commands and the Maven start run at the same time ({@value #PARALLEL})
 * @param outputLines lines of a failing tool's output shown ({@value #OUTPUT_LINES})
 * @param projectPath the Maven project's directory relative to the work tree's root, recorded by
 *     {@code install-hooks} ({@value #PROJECT})
 * @param modules the reactor's module directories relative to the project, recorded by {@code
 *     install-hooks} ({@value #MODULES}); {@code ""} is the project itself
 * @param maven the Maven executable that installed the hooks ({@value #MAVEN}), used when the
 *     project has no {@code mvnw}
 * @param from the exclusive lower bound of the changed files in CI ({@value #FROM}); by default the
 *     CI pull request's merge base, else the latest release tag
 * @param tagFormat the release tag format ({@code tollgate.tagFormat}), to find the latest release
 */
public record TaskSettings(
    List<Task> tasks,
    boolean skip,
    List<String> mavenArgs,
    boolean parallel,
    int outputLines,
    String projectPath,
    List<String> modules,
    Optional<String> maven,
    Optional<String> from,
    String tagFormat) {

  /** Skips every task. */
  public static final String SKIP = "tollgate.tasks.skip";

  /** Which files the goals give the tasks: {@code staged}, {@code changed} or {@code all}. */
  public static final String SCOPE = "tollgate.tasks.scope";

  /** Options for the tasks' Maven start, e.g. {@code -o}. */
  public static final String MAVEN_ARGS = "tollgate.tasks.mavenArgs";

  /** Whether the tasks run in parallel. */
  public static final String PARALLEL = "tollgate.tasks.parallel";

  /** Lines of a failing tool's output shown. */
  public static final String OUTPUT_LINES = "tollgate.tasks.outputLines";

  /** Recorded at install: the project's directory relative to the work tree. */
  public static final String PROJECT = "tollgate.tasks.project";

  /** Recorded at install: the reactor's module directories. */
  public static final String MODULES = "tollgate.tasks.modules";

  /** Recorded at install: the Maven executable. */
  public static final String MAVEN = "tollgate.tasks.maven";

  /** The exclusive lower bound of the CI range. */
  public static final String FROM = "tollgate.tasks.from";

  public TaskSettings {
    tasks = List.copyOf(tasks);
    mavenArgs = List.copyOf(mavenArgs);
    modules = List.copyOf(modules);
  }

  /**
   * Reads the settings.
   *
   * @throws dev.tollgate.core.settings.InvalidSettingException naming the property at fault
   */
  public static TaskSettings from(Settings s) {
    List<String> args = new ArrayList<>();
    for (String arg : s.string(MAVEN_ARGS, "").trim().split("\\s+")) {
      if (!arg.isEmpty()) {
        args.add(arg);
      }
    }
    List<String> modules = new ArrayList<>();
    for (String m : s.lines(MODULES)) {
      modules.add(m.equals(".") ? "" : m.replaceAll("/+$", ""));
    }
    return new TaskSettings(
        TaskDefinitions.from(s),
        s.bool(SKIP, false),
        args,
        s.bool(PARALLEL, true),
        s.integer(OUTPUT_LINES, 20, 0, 10_000),
        s.string(PROJECT, "").replaceAll("/+$", ""),
        modules,
        s.value(MAVEN).filter(v -> !v.isBlank()),
        s.value(FROM).filter(v -> !v.isBlank()),
        s.string("tollgate.tagFormat", "v${version}"));
  }

  /** The same settings with another lower bound for the changed files. */
  public TaskSettings withFrom(String revision) {
    return new TaskSettings(
        tasks,
        skip,
        mavenArgs,
        parallel,
        outputLines,
        projectPath,
        modules,
        maven,
        Optional.of(revision),
        tagFormat);
  }

  /** Whether any task runs in this stage. */
  public boolean hasTasks(Stage stage) {
    return !skip && tasks.stream().anyMatch(t -> stage == null || t.stage() == stage);
  }
}
