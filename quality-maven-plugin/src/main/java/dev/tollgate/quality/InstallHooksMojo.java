package dev.tollgate.quality;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.hooks.HookInstaller;
import dev.tollgate.core.hooks.HookScripts;
import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.quality.hooks.HooksSetup;
import dev.tollgate.quality.settings.ModuleScopes;
import dev.tollgate.quality.settings.ProjectSettings;
import java.io.IOException;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Installs Tollgate's git hooks: {@code pre-commit} (protected branches), {@code commit-msg}
 * (Conventional Commits) and {@code pre-push} (protected remote branches and the pushed commits'
 * messages). The hooks directory is found as git finds it ({@code core.hooksPath}, linked
 * worktrees, submodules).
 *
 * <p>Only Tollgate's marked block is written: an existing hook keeps its content and still runs
 * after Tollgate's checks pass, and {@code quality:uninstall-hooks} restores it exactly. Running
 * the goal again changes nothing unless the plugin version or settings changed. The hooks record
 * the pom's configuration (plugin level, executions, properties), not this build's {@code -D}
 * options. The hooks run {@code java} directly with the classpath resolved now (a few tenths of a
 * second), falling back to {@code ./mvnw -q} or {@code mvn -q} when those jars are gone.
 */
@Mojo(name = "install-hooks", threadSafe = true, aggregator = true, requiresProject = true)
public class InstallHooksMojo extends AbstractTollgateMojo {

  /** Skips every Tollgate goal: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.skip", defaultValue = "false")
  private String skipAll;

  /**
   * Skips installing (and, in {@code quality:uninstall-hooks}, removing) the hooks: {@code true} or
   * {@code false}.
   */
  @Parameter(property = "tollgate.hooks.skip", defaultValue = "false")
  private String skip;

  /**
   * Which hooks to install: any of {@code pre-commit}, {@code commit-msg}, {@code pre-push} and
   * {@code prepare-commit-msg} (opt-in: writes the allowed types and scopes as comments into the
   * message the editor opens).
   */
  @Parameter(property = "tollgate.hooks.names", defaultValue = "pre-commit,commit-msg,pre-push")
  private List<String> hooks;

  /**
   * Fail when the project is not in a git work tree (no repository, or a bare one): {@code true} or
   * {@code false}. By default the goal warns and does nothing.
   */
  @Parameter(property = "tollgate.hooks.failIfNoGit", defaultValue = "false")
  private String failIfNoGit;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor pluginDescriptor;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Override
  public void execute() throws MojoExecutionException {
    List<String> hooks;
    boolean failIfNoGit;
    Settings recorded;
    try {
      if (settings().bool("tollgate.skip", false)
          || settings().bool("tollgate.hooks.skip", false)) {
        getLog().info("Tollgate: skipped");
        return;
      }
      hooks = settings().list("tollgate.hooks.names");
      failIfNoGit = settings().bool("tollgate.hooks.failIfNoGit", false);
      recorded =
          ProjectSettings.forHooks(
              pluginDescriptor,
              project.getPlugin(pluginDescriptor.getPluginLookupKey()),
              project.getProperties(),
              getLog()::warn);
      recorded =
          recorded.with(
              HooksSetup.taskSettings(
                  project.getBasedir().toPath(),
                  session.getProjects().stream().map(p -> p.getBasedir().toPath()).toList()));
      recorded = recorded.with(ModuleScopes.setting(session));
    } catch (IOException e) {
      throw new MojoExecutionException("cannot install the git hooks: " + e.getMessage(), e);
    } catch (InvalidSettingException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    for (String hook : hooks) {
      if (!HookScripts.HOOKS.contains(hook.trim())) {
        throw new MojoExecutionException(
            "unknown hook '"
                + hook
                + "' in <hooks> (tollgate.hooks.names); choose from "
                + HookScripts.HOOKS);
      }
    }
    HooksSetup.Outcome outcome;
    try {
      outcome =
          HooksSetup.install(
              project.getBasedir().toPath(),
              pluginDescriptor.getVersion(),
              recorded.asMap(),
              hooks,
              getClass().getClassLoader());
    } catch (IOException | IllegalArgumentException | GitException e) {
      throw new MojoExecutionException("cannot install the git hooks: " + e.getMessage(), e);
    }
    if (outcome.result().isEmpty()) {
      String message = "Tollgate: git hooks not installed: " + outcome.reason();
      if (failIfNoGit) {
        throw new MojoExecutionException(
            message + " (tollgate.hooks.failIfNoGit=true); run the build inside a git clone");
      }
      getLog().warn(message);
      return;
    }
    HookInstaller.Result result = outcome.result().get();
    if (result.changed().isEmpty()) {
      getLog().info("Tollgate: git hooks up to date in " + result.hooksDirectory());
    } else {
      getLog()
          .info(
              "Tollgate: installed git hooks "
                  + hooks
                  + " in "
                  + result.hooksDirectory()
                  + " (changed: "
                  + String.join(", ", result.changed())
                  + ")");
    }
  }
}
