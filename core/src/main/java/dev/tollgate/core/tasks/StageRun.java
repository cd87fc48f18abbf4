package dev.tollgate.core.tasks;

import dev.tollgate.core.files.Scope;
import dev.tollgate.core.git.ChangedPaths;
import dev.tollgate.core.git.CommitRange;
import dev.tollgate.core.git.GitCommandLine;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.TrackedFile;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import dev.tollgate.core.tasks.TaskOutcome.Status;
import dev.tollgate.core.versioning.CommitRangeResolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the project's tasks once: finds the files in scope (the staged files in a hook, the CI
 * range's changed files or every tracked file in a build), selects the tasks they make relevant,
 * sets the unstaged changes aside when checking staged files, runs the tasks, puts the changes back
 * (also when a task fails or the hook is interrupted), prints one line per task and returns the
 * failures as a {@link Report}.
 */
public final class StageRun {

  /** The goal name of the report. */
  public static final String GOAL = "tasks";

  private StageRun() {}

  /**
   * What to run and where.
   *
   * @param stage the hook stage whose tasks run; empty for every task (CI)
   * @param scope which files: {@code STAGED} (with unstaged changes set aside), {@code CHANGED}
   *     (the CI range) or {@code ALL}
   * @param workTree the repository's work tree
   * @param projectDir the Maven project's directory (inside the work tree)
   * @param maven the Maven command and the options every start gets
   * @param logDir where each tool's whole output is written
   * @param env the environment ({@code TOLLGATE_SKIP}, CI detection; set for git and the tools)
   */
  public record Request(
      Optional<Stage> stage,
      Scope scope,
      Path workTree,
      Path projectDir,
      List<String> maven,
      Path logDir,
      Map<String, String> env) {

    public Request {
      maven = List.copyOf(maven);
      env = Map.copyOf(env);
    }
  }

  /**
   * Runs the tasks of the request and prints what happened.
   *
   * @param out receives the lines to show (without prefix)
   * @throws IOException when git, a file or a process fails (the tasks' own failures are findings)
   */
  public static Report run(TaskSettings settings, Request request, Consumer<String> out)
      throws IOException {
    if (settings.skip() || !settings.hasTasks(request.stage().orElse(null))) {
      return new Report(GOAL, List.of());
    }
    GitCommandLine git = new GitCommandLine(request.workTree(), request.env());
    String prefix = prefix(request.workTree(), request.projectDir());
    List<String> files = new ArrayList<>();
    for (String path : candidates(git, request, settings)) {
      if (path.startsWith(prefix)) {
        files.add(path.substring(prefix.length()));
      }
    }
    TaskSelection selection =
        TaskSelection.select(
            settings.tasks(),
            request.stage().orElse(null),
            files,
            TaskSelection.skipList(request.env().get("TOLLGATE_SKIP")));
    if (!selection.unknownSkips().isEmpty()) {
      out.accept(
          "TOLLGATE_SKIP names "
              + selection.unknownSkips()
              + ", which no task has; the task ids are "
              + settings.tasks().stream().map(Task::id).toList());
    }
    if (selection.run().isEmpty() && selection.skipped().isEmpty()) {
      return new Report(GOAL, List.of());
    }
    out.accept(
        "tasks"
            + request.stage().map(s -> " (" + s.label() + ")").orElse("")
            + " on "
            + files.size()
            + " "
            + request.scope().label()
            + " file(s):");
    List<TaskOutcome> outcomes;
    UnstagedChanges.Restored restored = new UnstagedChanges.Restored(List.of(), List.of());
    TaskRunner.Options options =
        new TaskRunner.Options(
            request.projectDir(),
            request.maven(),
            settings.modules(),
            request.scope() == Scope.ALL,
            settings.parallel(),
            request.logDir(),
            settings.outputLines(),
            request.env());
    if (request.scope() == Scope.STAGED && !selection.run().isEmpty()) {
      Path gitDir = Path.of(text(git.run("rev-parse", "--absolute-git-dir")));
      UnstagedChanges aside = UnstagedChanges.setAside(git, gitDir);
      if (!aside.isEmpty()) {
        out.accept(
            "  set aside "
                + aside.paths().size()
                + " unstaged or untracked file(s) while the tasks run; they come back as they"
                + " are");
      }
      Thread guard =
          new Thread(
              () -> {
                TaskRunner.stopAll();
                try {
                  aside.restore();
                } catch (IOException e) {
                  System.err.println(
                      "tollgate: "
                          + UnstagedChanges.leftoverMessage(
                              gitDir.resolve(UnstagedChanges.STASH_DIR)));
                }
              },
              "tollgate-restore");
      Runtime.getRuntime().addShutdownHook(guard);
      try {
        outcomes = TaskRunner.run(selection, options);
      } finally {
        restored = aside.restore();
        try {
          Runtime.getRuntime().removeShutdownHook(guard);
        } catch (IllegalStateException e) {
          // the JVM is already shutting down: the guard runs and finds everything restored
        }
      }
    } else {
      outcomes = TaskRunner.run(selection, options);
    }
    return report(outcomes, restored, prefix, out);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).trim();
  }

  /** The work-tree-relative prefix of the project's files ({@code ""} at the root). */
  static String prefix(Path workTree, Path projectDir) throws IOException {
    Path root = workTree.toRealPath();
    Path project = projectDir.toRealPath();
    if (!project.startsWith(root) || project.equals(root)) {
      return "";
    }
    return root.relativize(project).toString().replace('\\', '/') + "/";
  }

  /** The work-tree-relative paths in scope. */
  private static List<String> candidates(
      GitCommandLine git, Request request, TaskSettings settings) {
    return switch (request.scope()) {
      case STAGED ->
          git.paths("diff", "--cached", "--name-only", "-z", "--no-renames", "--diff-filter=d");
      case CHANGED, ALL -> tracked(request, settings);
      case COMMITS -> throw new IllegalArgumentException("tasks run on files, not commits");
    };
  }

  private static List<String> tracked(Request request, TaskSettings settings) {
    try (GitRepository repo = GitRepository.open(request.workTree(), request.env())) {
      if (request.scope() == Scope.CHANGED && !repo.isUnborn()) {
        CommitRange range =
            CommitRangeResolver.resolve(
                repo, settings.from().orElse(null), null, request.env(), settings.tagFormat());
        if (range.from() != null) {
          return ChangedPaths.since(repo.index(), range.from()).keySet().stream().sorted().toList();
        }
      }
      return repo.index().index().stream()
          .filter(f -> !f.isSubmodule())
          .map(TrackedFile::path)
          .toList();
    }
  }

  private static Report report(
      List<TaskOutcome> outcomes,
      UnstagedChanges.Restored restored,
      String prefix,
      Consumer<String> out) {
    int width = outcomes.stream().mapToInt(o -> o.task().id().length()).max().orElse(4);
    List<Finding> findings = new ArrayList<>();
    for (TaskOutcome o : outcomes) {
      String time =
          o.status() == Status.SKIPPED || o.status() == Status.NO_FILES
              ? ""
              : String.format(Locale.ROOT, "%6.2fs  ", o.duration().toMillis() / 1000.0);
      out.accept(
          "  "
              + pad(o.task().id(), width)
              + "  "
              + pad(o.status().label(), 13)
              + "  "
              + time
              + abbreviated(o.command()));
      for (String line : o.output()) {
        out.accept("      | " + line);
      }
      if (o.status().fails() && o.log().isPresent()) {
        out.accept("      whole output: " + o.log().get());
      }
      if (!o.changed().isEmpty()) {
        out.accept("      changed: " + String.join(", ", o.changed()));
      }
      if (o.status() == Status.FAILED) {
        findings.add(
            new Finding(
                "task-failed",
                Severity.ERROR,
                Location.nowhere(),
                "task '" + o.task().id() + "' failed",
                "fix what its output above says, run it again with: "
                    + o.command()
                    + "; skip it once with TOLLGATE_SKIP="
                    + o.task().id()));
      }
    }
    List<String> fixed = new ArrayList<>();
    restored.fixed().forEach(p -> fixed.add(strip(p, prefix)));
    outcomes.stream()
        .filter(o -> o.status() == Status.CHANGED_FILES)
        .flatMap(o -> o.changed().stream())
        .filter(p -> !fixed.contains(p) && !restored.rolledBack().contains(prefix + p))
        .forEach(fixed::add);
    if (!fixed.isEmpty()) {
      findings.add(
          new Finding(
              "task-changed-files",
              Severity.ERROR,
              Location.nowhere(),
              "the tasks changed " + fixed.size() + " file(s): " + String.join(", ", fixed),
              "review the changes (git diff), stage them (git add), and commit again; nothing"
                  + " was staged for you"));
    }
    if (!restored.rolledBack().isEmpty()) {
      List<String> back = restored.rolledBack().stream().map(p -> strip(p, prefix)).toList();
      findings.add(
          new Finding(
              "task-changes-rolled-back",
              Severity.ERROR,
              Location.nowhere(),
              "the tasks changed "
                  + String.join(", ", back)
                  + ", which also had unstaged changes: your version is back as it was and the"
                  + " tasks' changes were dropped",
              "stage (or stash) the rest of those files, then commit again to let the fixer"
                  + " run on them"));
    }
    return new Report(GOAL, findings);
  }

  /** A long command cut to one readable line; the whole command is in the failure's hint. */
  static String abbreviated(String command) {
    return command.length() <= 120 ? command : command.substring(0, 117) + "...";
  }

  private static String strip(String path, String prefix) {
    return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
