package dev.tollgate.quality;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.quality.extension.ReleasePrefixWarning;
import dev.tollgate.quality.settings.CheckGoals;
import dev.tollgate.quality.settings.ProjectSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.PluginConfigurationException;
import org.apache.maven.plugin.PluginManagerException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Runs every enabled quality goal of this plugin, each with the project's configuration for the
 * plugin (plugin level and every execution's, merged as for the hooks; see docs/settings in
 * docs/hooks.md), and fails once at the end if any of them failed. The Maven extension binds it to
 * {@code validate} once per reactor.
 *
 * <p>The goals are found in the plugin's descriptor, so goals added in later versions run without
 * changing this one. Not run by default: {@code branch} and {@code commit-msg}, which guard the act
 * of committing and run in the git hooks (a build on {@code main} after a merge is fine), goals
 * that change files (named {@code *-fix}, e.g. {@code files-fix}), and the goals that are not
 * checks ({@code help}, {@code install-hooks}, {@code uninstall-hooks}). A goal is disabled with
 * its own skip switch ({@code -Dtollgate.<goal>.skip}) or by listing it in {@code excludes}.
 */
@Mojo(name = "check", threadSafe = true, defaultPhase = LifecyclePhase.VALIDATE)
public class CheckMojo extends AbstractTollgateMojo {

  /** Skips every Tollgate goal: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.skip", defaultValue = "false")
  private String skipAll;

  /** Skips this aggregate goal (and so every goal it would run): {@code true} or {@code false}. */
  @Parameter(property = "tollgate.check.skip", defaultValue = "false")
  private String skip;

  /**
   * The goals to run, by name. Empty (the default) means every quality goal of the plugin except
   * {@code branch} and {@code commit-msg}.
   */
  @Parameter(property = "tollgate.check.goals")
  private List<String> goals;

  /** Goals not to run, by name. */
  @Parameter(property = "tollgate.check.excludes")
  private List<String> excludes;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor pluginDescriptor;

  @Component private BuildPluginManager pluginManager;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<MojoDescriptor> selected;
    try {
      if (settings().bool("tollgate.skip", false)
          || settings().bool("tollgate.check.skip", false)) {
        getLog().info("Tollgate: skipped");
        return;
      }
      selected = select();
    } catch (InvalidSettingException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    ReleasePrefixWarning.of(project).ifPresent(w -> getLog().warn("Tollgate: " + w));
    if (selected.isEmpty()) {
      getLog().info("Tollgate check: no quality goals to run");
      return;
    }
    getLog()
        .info(
            "Tollgate check: running "
                + String.join(", ", selected.stream().map(MojoDescriptor::getGoal).toList()));
    Map<String, Xpp3Dom> configured =
        ProjectSettings.configured(
            pluginDescriptor,
            project.getPlugin(pluginDescriptor.getPluginLookupKey()),
            getLog()::warn);
    List<String> failed = new ArrayList<>();
    for (MojoDescriptor mojo : selected) {
      MojoExecution execution =
          new MojoExecution(
              mojo, "tollgate-check-" + mojo.getGoal(), MojoExecution.Source.LIFECYCLE);
      execution.setConfiguration(ProjectSettings.configurationFor(mojo, configured));
      getLog().info("--- quality:" + mojo.getGoal() + " ---");
      try {
        pluginManager.executeMojo(session, execution);
      } catch (MojoFailureException e) {
        failed.add(mojo.getGoal() + ": " + e.getMessage());
      } catch (PluginConfigurationException | PluginManagerException e) {
        throw new MojoExecutionException(
            "cannot run quality:" + mojo.getGoal() + " from quality:check: " + e.getMessage(), e);
      }
    }
    if (!failed.isEmpty()) {
      throw new MojoFailureException(
          "Tollgate check failed in "
              + failed.size()
              + " goal(s):\n  "
              + String.join("\n  ", failed)
              + "\nfix the findings above, or skip a goal with -Dtollgate.<goal>.skip");
    }
  }

  /** The quality goals to run, in name order. */
  private List<MojoDescriptor> select() {
    List<String> goals = pluginDescriptor.getMojos().stream().map(MojoDescriptor::getGoal).toList();
    return CheckGoals.select(
            goals, goal -> isQualityGoal(pluginDescriptor.getMojo(goal)), settings())
        .stream()
        .map(pluginDescriptor::getMojo)
        .toList();
  }

  private boolean isQualityGoal(MojoDescriptor mojo) {
    try {
      Class<?> type = Class.forName(mojo.getImplementation(), false, getClass().getClassLoader());
      return AbstractQualityMojo.class.isAssignableFrom(type);
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
