package dev.tollgate.quality;

import dev.tollgate.core.files.Scope;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.launch.MavenLaunch;
import dev.tollgate.core.launch.MavenLaunch.Choice;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.tasks.StageRun;
import dev.tollgate.core.tasks.TaskSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Runs the project's {@code <tasks>} (its own formatters and linters: spotless, checkstyle, a
 * script…) the way the git hooks run them, so a task defined once runs on every commit and in CI.
 * By default on the files changed in the CI range (a pull request: since the merge base with its
 * target; otherwise since the latest release tag; see docs/tasks.md), or on every tracked file
 * ({@code -Dtollgate.tasks.scope=all}), or on the staged files with the unstaged changes set aside,
 * as the pre-commit hook does ({@code staged}). Every task runs, whatever its stage. The Maven
 * tasks share one Maven start limited to the modules owning the files; {@code quality:check} (and
 * so the extension) runs this goal once per build.
 */
@Mojo(name = "tasks", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class TasksMojo extends AbstractQualityMojo {

  /**
   * The tasks: {@code <task>} elements, each with {@code <id>}, {@code <stage>} ({@code
   * pre-commit}, {@code commit-msg} or {@code pre-push}), {@code <goals>} (Maven goals, e.g. {@code
   * spotless:check}) or {@code <command>} (a {@code sh -c} command line, {@code {files}} standing
   * for the shell-quoted files), and {@code <files>} (comma-separated globs, see docs/patterns.md;
   * all files when empty). See docs/tasks.md for recipes.
   */
  @Parameter(property = "tollgate.tasks")
  private List<Task> tasks;

  /** Skips the tasks, here and in the hooks: {@code true} or {@code false}. */
  @Parameter(property = TaskSettings.SKIP, defaultValue = "false")
  private String skip;

  /**
   * Which files the tasks get: {@code changed} (the CI range's changed files), {@code all} (every
   * tracked file; no module limit, no file filter) or {@code staged} (the staged files, unstaged
   * changes set aside as in the pre-commit hook).
   */
  @Parameter(property = TaskSettings.SCOPE, defaultValue = "changed")
  private String scope;

  /**
   * The exclusive lower bound of the changed files (any revision). Unset: a CI pull request's merge
   * base with its target branch, else the latest release tag ({@code tollgate.tagFormat}), else all
   * files.
   */
  @Parameter(property = TaskSettings.FROM)
  private String from;

  /** Options for the tasks' Maven start, space-separated, e.g. {@code -o -Pformat}. */
  @Parameter(property = TaskSettings.MAVEN_ARGS)
  private String mavenArgs;

  /**
   * Whether the command tasks and the Maven start run at the same time: {@code true} or {@code
   * false}. Set {@code false} when a command changes files another task reads.
   */
  @Parameter(property = TaskSettings.PARALLEL, defaultValue = "true")
  private String parallel;

  /** How many lines of a failing tool's output are shown (its whole output is in a log file). */
  @Parameter(property = TaskSettings.OUTPUT_LINES, defaultValue = "20")
  private String outputLines;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  protected boolean isSkipped() {
    return settings().bool(TaskSettings.SKIP, false);
  }

  @Override
  protected boolean runsOncePerBuild() {
    return true;
  }

  @Override
  protected Report check() throws MojoExecutionException {
    Scope chosen;
    try {
      chosen = Scope.parse(settings().string(TaskSettings.SCOPE, "changed"));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(TaskSettings.SCOPE, e.getMessage());
    }
    if (chosen == Scope.COMMITS) {
      throw new InvalidSettingException(
          TaskSettings.SCOPE, "tasks run on files, not commits; use one of: staged, changed, all");
    }
    Path projectDir = topDirectory();
    TaskSettings taskSettings =
        TaskSettings.from(
            settings().with(Map.of(TaskSettings.MODULES, String.join("\n", modules(projectDir)))));
    if (!taskSettings.hasTasks(null)) {
      getLog().info("Tollgate tasks: no <tasks> configured");
      return new Report(StageRun.GOAL, List.of());
    }
    Path workTree;
    try (GitRepository git = GitRepository.open(projectDir)) {
      workTree = git.workTree();
    }
    List<String> maven =
        launch()
            .command(
                Choice.RUNNING_ELSE_PATH, projectDir, taskSettings.mavenArgs(), Files::isExecutable)
            .orElseThrow();
    Path logDir = Path.of(project.getBuild().getDirectory(), "tollgate", "tasks");
    try {
      return StageRun.run(
          taskSettings,
          new StageRun.Request(
              Optional.empty(), chosen, workTree, projectDir, maven, logDir, System.getenv()),
          line -> getLog().info(line));
    } catch (GitException e) {
      throw e;
    } catch (IOException e) {
      throw new MojoExecutionException("cannot run the tasks: " + e.getMessage(), e);
    }
  }

  private Path topDirectory() {
    MavenProject top = session == null ? null : session.getTopLevelProject();
    return (top != null ? top : project).getBasedir().toPath().toAbsolutePath().normalize();
  }

  /** The reactor's module directories relative to the top project ({@code .} for itself). */
  private List<String> modules(Path top) {
    List<String> modules = new ArrayList<>();
    for (MavenProject p : session.getProjects()) {
      Path dir = p.getBasedir().toPath().toAbsolutePath().normalize();
      if (dir.startsWith(top)) {
        String rel = top.relativize(dir).toString().replace('\\', '/');
        modules.add(rel.isEmpty() ? "." : rel);
      }
    }
    return modules;
  }

  /**
   * The Maven running this build, as plain values: its executable ({@code maven.home}), offline
   * mode, settings files and local repository.
   */
  private MavenLaunch launch() {
    File user = session.getRequest().getUserSettingsFile();
    File global = session.getRequest().getGlobalSettingsFile();
    File local = session.getRequest().getLocalRepositoryPath();
    MavenLaunch.Os os = MavenLaunch.Os.of(System.getProperty("os.name"));
    return new MavenLaunch(
        MavenLaunch.executableIn(Optional.ofNullable(System.getProperty("maven.home")), os),
        os,
        session.isOffline(),
        Optional.ofNullable(user).filter(File::isFile).map(File::toPath),
        Optional.ofNullable(global).filter(File::isFile).map(File::toPath),
        Optional.ofNullable(local).map(File::toPath));
  }
}
