package dev.tollgate.quality;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.hooks.HookInstaller;
import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.quality.hooks.HooksSetup;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Removes Tollgate's block from the git hooks and restores each hook exactly as it was before
 * {@code quality:install-hooks}; hooks Tollgate created are deleted. Note that the Maven extension
 * installs the hooks again on the next build unless {@code tollgate.hooks.auto=false}.
 */
@Mojo(name = "uninstall-hooks", threadSafe = true, aggregator = true, requiresProject = true)
public class UninstallHooksMojo extends AbstractTollgateMojo {

  /** Skips installing and removing the hooks: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.hooks.skip", defaultValue = "false")
  private String skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    boolean skipped;
    try {
      skipped = settings().bool("tollgate.hooks.skip", false);
    } catch (InvalidSettingException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    if (skipped) {
      getLog().info("Tollgate: skipped");
      return;
    }
    HooksSetup.Outcome outcome;
    try {
      outcome = HooksSetup.uninstall(project.getBasedir().toPath());
    } catch (IOException | GitException e) {
      throw new MojoExecutionException("cannot uninstall the git hooks: " + e.getMessage(), e);
    }
    if (outcome.result().isEmpty()) {
      getLog().warn("Tollgate: no git hooks to remove: " + outcome.reason());
      return;
    }
    HookInstaller.Result result = outcome.result().get();
    getLog()
        .info(
            result.changed().isEmpty()
                ? "Tollgate: no Tollgate hooks in " + result.hooksDirectory()
                : "Tollgate: removed Tollgate from "
                    + String.join(", ", result.changed())
                    + " in "
                    + result.hooksDirectory());
  }
}
