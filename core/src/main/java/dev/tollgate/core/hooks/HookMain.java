package dev.tollgate.core.hooks;

import dev.tollgate.core.branch.BranchCheck;
import dev.tollgate.core.branch.BranchSettings;
import dev.tollgate.core.branch.PushCheck;
import dev.tollgate.core.branch.PushUpdate;
import dev.tollgate.core.ci.CiDetector;
import dev.tollgate.core.git.GitCommit;
import dev.tollgate.core.git.GitLayout;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.LogReporter;
import dev.tollgate.core.report.LogSink;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.tasks.HookTasks;
import dev.tollgate.core.tasks.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The program the installed git hooks run with {@code java -cp}, without Maven:
 *
 * <pre>
 * HookMain pre-commit SETTINGS
 * HookMain commit-msg SETTINGS MESSAGE-FILE
 * HookMain pre-push   SETTINGS REMOTE-NAME REMOTE-URL   (git's updates on standard input)
 * </pre>
 *
 * Exit status 0 lets git go on, 1 refuses (the findings are printed to standard error), 2 means the
 * hook itself is broken (bad settings, unreadable repository).
 */
public final class HookMain {

  private HookMain() {}

  /** Runs a hook and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, System.in, System.err, Path.of("").toAbsolutePath(), System.getenv());
    System.err.flush();
    System.exit(status);
  }

  /**
   * Runs a hook.
   *
   * @param args the hook name, the settings file, then git's arguments to the hook
   * @param stdin git's standard input (pre-push reads the updates from it)
   * @param err where findings go
   * @param cwd the directory git runs the hook in
   * @param env the environment ({@code GIT_DIR}, CI detection)
   * @return the exit status
   */
  public static int run(
      String[] args, InputStream stdin, PrintStream err, Path cwd, Map<String, String> env) {
    if (args.length < 2) {
      err.println("tollgate: usage: HookMain pre-commit|commit-msg|pre-push SETTINGS [ARGS...]");
      return 2;
    }
    String hook = args[0];
    List<String> rest = Arrays.asList(args).subList(2, args.length);
    try {
      Settings settings = HookSettings.read(Path.of(args[1]));
      Consumer<String> warn = line -> err.println("tollgate: " + line);
      Optional<GitLayout> layout = GitLayout.discover(cwd, env);
      if (layout.isEmpty()) {
        err.println("tollgate: " + cwd + " is not in a git repository; nothing to check");
        return 0;
      }
      List<Report> reports =
          switch (hook) {
            case "pre-commit" -> preCommit(settings, layout.get(), env, warn);
            case "commit-msg" -> List.of(commitMsg(settings, layout.get(), cwd, rest, warn));
            case "pre-push" -> List.of(prePush(settings, layout.get(), rest, stdin, warn));
            case "prepare-commit-msg" -> {
              CommitTemplate.prepare(
                  cwd.resolve(rest.get(0)),
                  rest.size() > 1 ? rest.get(1) : "",
                  settings,
                  layout.get(),
                  warn);
              yield List.of();
            }
            default ->
                throw new IllegalArgumentException(
                    "unknown hook '" + hook + "'; expected pre-commit, commit-msg or pre-push");
          };
      reports = new ArrayList<>(reports);
      Optional<Stage> stage = Stage.of(hook); // prepare-commit-msg has no tasks
      if (stage.isPresent() && layout.get().workTree().isPresent()) {
        reports.add(HookTasks.run(stage.get(), settings, layout.get().workTree().get(), env, warn));
      }
      boolean failed = false;
      LogSink sink = sink(err);
      for (Report report : reports) {
        if (report.hasErrors() || report.count(dev.tollgate.core.report.Severity.WARN) > 0) {
          LogReporter.report(report, sink);
        }
        failed |= report.hasErrors();
      }
      return failed ? 1 : 0;
    } catch (IOException | RuntimeException e) {
      err.println("tollgate: the " + hook + " hook could not run: " + e.getMessage());
      return 2;
    }
  }

  /** Protected branches, then the file guard rails on the staged files when enabled. */
  private static List<Report> preCommit(
      Settings settings, GitLayout layout, Map<String, String> env, Consumer<String> warn)
      throws IOException {
    List<Report> reports = new ArrayList<>();
    reports.add(
        BranchCheck.check(
            BranchSettings.from(settings).protectedBranches(),
            layout.currentBranch(),
            CiDetector.detect(env)));
    if (layout.workTree().isPresent() && HookSettings.from(settings).stagedFiles()) {
      quietLogging();
      reports.add(StagedFiles.check(layout.workTree().get(), settings, env, warn));
    }
    return reports;
  }

  private static Report commitMsg(
      Settings settings, GitLayout layout, Path cwd, List<String> rest, Consumer<String> warn)
      throws IOException {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("commit-msg needs the message file git passes to it");
    }
    Path file = cwd.resolve(rest.get(0));
    return new Report(
        "commit-msg", CommitMessages.from(settings, warn).lintMessageFile(file, layout));
  }

  private static Report prePush(
      Settings settings,
      GitLayout layout,
      List<String> rest,
      InputStream stdin,
      Consumer<String> warn)
      throws IOException {
    List<PushUpdate> updates =
        PushUpdate.parse(new String(stdin.readAllBytes(), StandardCharsets.UTF_8));
    String remote = rest.isEmpty() ? "" : rest.get(0);
    return prePushReport(settings, layout, updates, remote, warn);
  }

  /**
   * The pre-push findings: protected refs, then the messages of the commits being pushed.
   *
   * @param settings the effective settings ({@code tollgate.branch.*}, {@code tollgate.commits.*},
   *     {@code tollgate.hooks.checkPushedCommits})
   * @param warn receives deprecation notes
   * @throws dev.tollgate.core.settings.InvalidSettingException when a setting is invalid
   */
  public static Report prePushReport(
      Settings settings,
      GitLayout layout,
      List<PushUpdate> updates,
      String remote,
      Consumer<String> warn)
      throws IOException {
    BranchSettings branch = BranchSettings.from(settings);
    boolean checkMessages = HookSettings.from(settings).checkPushedCommits();
    CommitMessages lint = checkMessages ? CommitMessages.from(settings, warn) : null;
    List<Finding> findings = new ArrayList<>();
    if (updates.isEmpty()) {
      return new Report(BranchCheck.GOAL, findings);
    }
    quietLogging();
    try (GitRepository commits = GitRepository.open(layout)) {
      findings.addAll(
          PushCheck.check(
              updates, branch.protectedBranches(), branch.pushPolicy(), commits::isAncestor));
      if (checkMessages) {
        for (PushUpdate u : updates) {
          if (u.isDelete() || u.isTag()) {
            continue;
          }
          for (GitCommit c : commits.commitsToPush(u.remoteSha(), u.localSha(), remote)) {
            findings.addAll(lint.lintCommit(c.id(), c.message(), c.parentCount()));
          }
        }
      }
    }
    return new Report(BranchCheck.GOAL, findings);
  }

  /**
   * JGit logs through SLF4J, which complains on standard error when no logger is bound (as in a
   * hook): initialise it once with standard error muted.
   */
  private static void quietLogging() {
    PrintStream err = System.err;
    try {
      System.setErr(new PrintStream(java.io.OutputStream.nullOutputStream()));
      Class.forName("org.slf4j.LoggerFactory").getMethod("getILoggerFactory").invoke(null);
    } catch (ReflectiveOperationException | LinkageError e) {
      // no SLF4J on the classpath: nothing to quieten
    } finally {
      System.setErr(err);
    }
  }

  private static LogSink sink(PrintStream err) {
    return new LogSink() {
      @Override
      public void error(String line) {
        err.println("tollgate: " + line);
      }

      @Override
      public void warn(String line) {
        err.println("tollgate: " + line);
      }

      @Override
      public void info(String line) {
        err.println("tollgate: " + line);
      }
    };
  }
}
