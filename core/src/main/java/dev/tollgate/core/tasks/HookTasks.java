package dev.tollgate.core.tasks;

import dev.tollgate.core.files.Scope;
import dev.tollgate.core.git.GitCommandLine;
import dev.tollgate.core.launch.MavenLaunch;
import dev.tollgate.core.launch.MavenLaunch.Choice;
import dev.tollgate.core.launch.MavenLaunch.Os;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.settings.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The tasks of one hook stage, as the installed hooks run them: in {@code pre-commit} and {@code
 * commit-msg} on the staged files (unstaged changes set aside), in {@code pre-push} on the files
 * the branch changes since its upstream (else since the latest release tag), as they are in the
 * work tree. The project directory and reactor modules recorded at install time, the project's
 * Maven wrapper when it has one (else the Maven that installed the hooks, else {@code mvn}: {@link
 * MavenLaunch.Choice#WRAPPER_FIRST}), whole outputs under {@code <git dir>/tollgate-logs/}. A stage
 * without tasks costs nothing but reading the settings.
 */
public final class HookTasks {

  /** The directory under the git directory that holds each task's last whole output. */
  public static final String LOG_DIR = "tollgate-logs";

  private HookTasks() {}

  /**
   * Runs the stage's tasks.
   *
   * @param workTree the work tree git runs the hook in
   * @param env the hook's environment ({@code TOLLGATE_SKIP}, {@code GIT_INDEX_FILE}, …)
   * @param out receives the lines to print
   * @throws dev.tollgate.core.settings.InvalidSettingException when a task setting is invalid
   */
  public static Report run(
      Stage stage, Settings settings, Path workTree, Map<String, String> env, Consumer<String> out)
      throws IOException {
    TaskSettings tasks = TaskSettings.from(settings);
    if (!tasks.hasTasks(stage)) {
      return new Report(StageRun.GOAL, List.of());
    }
    Scope scope = Scope.STAGED;
    if (stage == Stage.PRE_PUSH) {
      // the files the branch changes since its upstream (else since the latest release tag)
      scope = Scope.CHANGED;
      GitCommandLine.Result upstream =
          new GitCommandLine(workTree, env)
              .attempt("rev-parse", "--verify", "-q", "@{upstream}^{commit}");
      if (upstream.exit() == 0 && tasks.from().isEmpty()) {
        tasks = tasks.withFrom(upstream.text().trim());
      }
    }
    Path project = tasks.projectPath().isEmpty() ? workTree : workTree.resolve(tasks.projectPath());
    GitCommandLine git = new GitCommandLine(workTree, env);
    Path gitDir =
        Path.of(
            new String(git.run("rev-parse", "--absolute-git-dir"), StandardCharsets.UTF_8).trim());
    List<String> maven =
        MavenLaunch.executableOnly(
                tasks.maven().map(Path::of), Os.of(System.getProperty("os.name")))
            .command(Choice.WRAPPER_FIRST, project, tasks.mavenArgs(), Files::isExecutable)
            .orElseThrow();
    return StageRun.run(
        tasks,
        new StageRun.Request(
            Optional.of(stage), scope, workTree, project, maven, gitDir.resolve(LOG_DIR), env),
        out);
  }
}
