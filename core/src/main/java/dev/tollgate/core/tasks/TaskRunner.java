package dev.tollgate.core.tasks;

import dev.tollgate.core.tasks.TaskOutcome.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs the selected tasks of a stage: all Maven tasks in one Maven start ({@link MavenBatch}), each
 * command through {@code sh -c} with {@value Task#FILES} replaced by the shell-quoted files (in
 * batches that fit the argument limit, one run per batch), commands and the Maven start in parallel
 * unless told otherwise. Each run's whole output goes to a log file; a failure keeps the last lines
 * of it. A task whose files changed while it ran is a fixer and is reported with them.
 */
public final class TaskRunner {

  /** Processes still running, stopped by {@link #stopAll()} when the hook is interrupted. */
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  private static final Pattern FAILED_GOAL =
      Pattern.compile("Failed to execute goal ([^:\\s]+):([^:\\s]+):([^:\\s]+):([^\\s(]+)");

  private TaskRunner() {}

  /**
   * How the tasks run.
   *
   * @param projectDir the Maven project's directory: commands and Maven run there, files are
   *     relative to it
   * @param maven the Maven command ({@code ./mvnw}, {@code mvn}, …) and options for every run
   * @param modules the reactor's module directories, project-relative ({@code ""} for the project);
   *     empty when unknown
   * @param wholeTree whether the files are every tracked file (no module limit, no file filter)
   * @param parallel whether commands and the Maven start run at the same time
   * @param logDir where each run's whole output is written
   * @param outputLines how many lines of a failing tool's output are shown
   * @param env variables set for the tools, on top of this process's environment
   */
  public record Options(
      Path projectDir,
      List<String> maven,
      List<String> modules,
      boolean wholeTree,
      boolean parallel,
      Path logDir,
      int outputLines,
      Map<String, String> env) {

    public Options {
      maven = List.copyOf(maven);
      modules = List.copyOf(modules);
      env = Map.copyOf(env);
    }
  }

  /**
   * Runs the tasks; the outcomes are in the order the tasks were declared, followed by the skipped
   * and idle ones.
   */
  public static List<TaskOutcome> run(TaskSelection selection, Options options) throws IOException {
    Files.createDirectories(options.logDir());
    Map<Task, List<String>> maven = new LinkedHashMap<>();
    List<Task> commands = new ArrayList<>();
    selection
        .run()
        .forEach(
            (task, files) -> {
              if (task.isMaven()) {
                maven.put(task, files);
              } else {
                commands.add(task);
              }
            });
    Map<String, String> before = new ConcurrentHashMap<>();
    Set<String> allFiles = new LinkedHashSet<>();
    selection.run().values().forEach(allFiles::addAll);
    for (String file : allFiles) {
      hash(options.projectDir().resolve(file)).ifPresent(h -> before.put(file, h));
    }
    List<java.util.concurrent.Callable<List<TaskOutcome>>> jobs = new ArrayList<>();
    if (!maven.isEmpty()) {
      jobs.add(() -> runMaven(maven, options, before));
    }
    for (Task task : commands) {
      jobs.add(() -> List.of(runCommand(task, selection.run().get(task), options, before)));
    }
    Map<Task, TaskOutcome> byTask = new LinkedHashMap<>();
    int threads = options.parallel() ? Math.max(1, jobs.size()) : 1;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<List<TaskOutcome>>> futures = new ArrayList<>();
      for (var job : jobs) {
        futures.add(pool.submit(job));
      }
      for (Future<List<TaskOutcome>> f : futures) {
        for (TaskOutcome o : f.get()) {
          byTask.put(o.task(), o);
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopAll();
      throw new IOException("interrupted while the tasks ran", e);
    } finally {
      pool.shutdownNow();
    }
    List<TaskOutcome> outcomes = new ArrayList<>();
    for (Task task : selection.run().keySet()) {
      outcomes.add(byTask.get(task));
    }
    for (Task task : selection.skipped()) {
      outcomes.add(idle(task, Status.SKIPPED, "TOLLGATE_SKIP"));
    }
    for (Task task : selection.idle()) {
      outcomes.add(idle(task, Status.NO_FILES, String.join(",", task.files())));
    }
    return outcomes;
  }

  /** Stops every task process still running (and what it started). */
  public static void stopAll() {
    for (Process p : RUNNING) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (Process p : RUNNING) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static TaskOutcome idle(Task task, Status status, String why) {
    return new TaskOutcome(
        task, status, Duration.ZERO, why, List.of(), Optional.empty(), List.of());
  }

  private static List<TaskOutcome> runMaven(
      Map<Task, List<String>> tasks, Options options, Map<String, String> before)
      throws IOException {
    MavenBatch batch =
        MavenBatch.plan(
            tasks,
            options.maven().subList(1, options.maven().size()),
            options.modules(),
            options.projectDir().toString(),
            options.wholeTree(),
            ArgumentBatches.DEFAULT_LIMIT);
    List<String> command = new ArrayList<>();
    command.add(options.maven().get(0));
    command.addAll(batch.arguments());
    String id = tasks.keySet().stream().map(Task::id).collect(Collectors.joining("+"));
    Path log = options.logDir().resolve(id + ".log");
    long start = System.nanoTime();
    int exit = exec(command, options, log);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    List<String> lines = readLines(log);
    Set<String> failedArtifacts = new LinkedHashSet<>();
    for (String line : lines) {
      Matcher m = FAILED_GOAL.matcher(line);
      if (m.find()) {
        failedArtifacts.add(m.group(2) + ":" + m.group(4));
      }
    }
    List<String> tail = exit == 0 ? List.of() : mavenTail(lines, options.outputLines());
    String shown = display(command);
    List<TaskOutcome> out = new ArrayList<>();
    boolean anyAttributed = tasks.keySet().stream().anyMatch(t -> failedIn(t, failedArtifacts));
    for (Map.Entry<Task, List<String>> e : tasks.entrySet()) {
      Task task = e.getKey();
      List<String> changed = changed(e.getValue(), options, before);
      Status status;
      if (exit == 0) {
        status = changed.isEmpty() ? Status.PASSED : Status.CHANGED_FILES;
      } else if (!anyAttributed || failedIn(task, failedArtifacts)) {
        status = Status.FAILED;
      } else {
        status = changed.isEmpty() ? Status.NOT_CONFIRMED : Status.CHANGED_FILES;
      }
      out.add(
          new TaskOutcome(
              task,
              status,
              took,
              shown,
              status.fails() ? tail : List.of(),
              Optional.of(log),
              changed));
    }
    return out;
  }

  /** Whether a failing goal ({@code artifactId:goal}) is one of the task's goals. */
  static boolean failedIn(Task task, Set<String> failed) {
    for (String goal : task.goals()) {
      String[] parts = goal.split(":");
      String name = parts[parts.length - 1];
      List<String> artifacts =
          parts.length >= 3
              ? List.of(parts[1])
              : parts.length == 2
                  ? List.of(parts[0] + "-maven-plugin", "maven-" + parts[0] + "-plugin")
                  : List.of();
      for (String artifact : artifacts) {
        if (failed.contains(artifact + ":" + name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static TaskOutcome runCommand(
      Task task, List<String> files, Options options, Map<String, String> before)
      throws IOException {
    String template = task.command().orElseThrow();
    List<String> scripts = new ArrayList<>();
    if (template.contains(Task.FILES)) {
      List<String> quoted = files.stream().map(ShellQuote::quote).toList();
      int fixed = template.getBytes(StandardCharsets.UTF_8).length + 16;
      for (List<String> batch :
          ArgumentBatches.split(quoted, fixed, ArgumentBatches.DEFAULT_LIMIT)) {
        scripts.add(template.replace(Task.FILES, String.join(" ", batch)));
      }
    } else {
      scripts.add(template);
    }
    Path log = options.logDir().resolve(task.id() + ".log");
    Files.deleteIfExists(log);
    long start = System.nanoTime();
    int exit = 0;
    for (String script : scripts) {
      int status = exec(List.of("sh", "-c", script), options, log);
      exit = exit == 0 ? status : exit;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    List<String> changed = changed(files, options, before);
    Status status =
        exit != 0 ? Status.FAILED : changed.isEmpty() ? Status.PASSED : Status.CHANGED_FILES;
    String shown =
        scripts.size() == 1
            ? "sh -c " + ShellQuote.quote(scripts.get(0))
            : "sh -c " + ShellQuote.quote(template) + " (" + scripts.size() + " batches)";
    List<String> tail =
        status == Status.FAILED ? tail(readLines(log), options.outputLines()) : List.of();
    return new TaskOutcome(task, status, took, shown, tail, Optional.of(log), changed);
  }

  /** Runs a process in the project directory, appending its output to {@code log}. */
  private static int exec(List<String> command, Options options, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(options.projectDir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    builder.environment().putAll(options.env());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      Files.writeString(
          log,
          "cannot start " + command.get(0) + ": " + e.getMessage() + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      return 127;
    }
    RUNNING.add(process);
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      return 130;
    } finally {
      RUNNING.remove(process);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static List<String> changed(
      List<String> files, Options options, Map<String, String> before) {
    List<String> changed = new ArrayList<>();
    for (String file : files) {
      Optional<String> now = hash(options.projectDir().resolve(file));
      if (!now.equals(Optional.ofNullable(before.get(file)))) {
        changed.add(file);
      }
    }
    return changed;
  }

  private static Optional<String> hash(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return Optional.of(java.util.HexFormat.of().formatHex(digest));
    } catch (IOException e) {
      return Optional.empty();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> readLines(Path log) {
    try {
      if (!Files.exists(log)) {
        return List.of();
      }
      String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      return Arrays.asList(text.replace("\r\n", "\n").split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last {@code n} non-blank lines. */
  static List<String> tail(List<String> lines, int n) {
    List<String> kept = lines.stream().filter(l -> !l.isBlank()).toList();
    return kept.subList(Math.max(0, kept.size() - n), kept.size());
  }

  /** Maven's own output without its generic advice after a failure, then the last lines. */
  static List<String> mavenTail(List<String> lines, int n) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      String l = line.replaceAll("\u001b\\[[0-9;]*m", "");
      if (l.matches("\\[ERROR\\]\\s*(-> \\[Help 1\\])?")
          || l.contains("To see the full stack trace of the errors")
          || l.contains("Re-run Maven using the -X switch")
          || l.contains("For more information about the errors and possible solutions")
          || l.startsWith("[ERROR] [Help")
          || l.contains("After correcting the problems, you can resume")
          || l.contains("mvn <args> -rf")) {
        continue;
      }
      kept.add(l);
    }
    return tail(kept, n);
  }

  /** A command as typed in sh. */
  static String display(List<String> command) {
    return command.stream()
        .map(a -> a.matches("[A-Za-z0-9_./:=,+@%-]+") ? a : ShellQuote.quote(a))
        .collect(Collectors.joining(" "));
  }
}
