package dev.tollgate.quality;

import dev.tollgate.core.branch.BranchCheck;
import dev.tollgate.core.branch.BranchSettings;
import dev.tollgate.core.branch.PushUpdate;
import dev.tollgate.core.ci.CiDetector;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitLayout;
import dev.tollgate.core.hooks.HookMain;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.quality.settings.ModuleScopes;
import dev.tollgate.quality.settings.ProjectSettings;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Refuses commits on protected branches ({@code main}, {@code master} by default), like
 * pre-commit's {@code no-commit-to-branch}. On a detached HEAD it takes the branch from the CI
 * system when there is one and passes with an info line otherwise.
 *
 * <p>In pre-push mode ({@code prePush} set to a file with git's pre-push input) it refuses pushes
 * that update a protected remote branch directly and checks the messages of exactly the commits
 * being pushed. The installed {@code pre-commit} and {@code pre-push} hooks run the same checks.
 */
@Mojo(name = "branch", threadSafe = true, requiresProject = true)
public class BranchMojo extends AbstractQualityMojo {

  /** Skips this goal: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.branch.skip", defaultValue = "false")
  private String skip;

  /**
   * Protected branches: exact names ({@code main}), globs ({@code release/*}; {@code *} stays
   * within one {@code /} segment, {@code **} spans segments) and RE2 regular expressions prefixed
   * with {@code regex:} that must match the whole name (see docs/patterns.md). On the command line,
   * separate with commas.
   */
  @Parameter(property = "tollgate.branch.protected", defaultValue = "main,master")
  private List<String> protectedBranches;

  /** In pre-push mode: whether tags may be pushed: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.branch.allowTags", defaultValue = "true")
  private String allowTags;

  /**
   * In pre-push mode: whether fast-forward pushes to a protected branch are allowed: {@code true}
   * or {@code false}. Deleting or force-pushing (rewriting) a protected branch is refused either
   * way.
   */
  @Parameter(property = "tollgate.branch.allowDirectPush", defaultValue = "false")
  private String allowDirectPush;

  /**
   * Pre-push mode: a file holding git's pre-push input, one {@code <local ref> <local sha> <remote
   * ref> <remote sha>} line per pushed ref. When unset, the current branch is checked instead.
   */
  @Parameter(property = "tollgate.branch.prePush")
  private File prePush;

  /**
   * In pre-push mode: the remote's name, whose remote-tracking branches mark what the remote
   * already has.
   */
  @Parameter(property = "tollgate.branch.remote", defaultValue = "origin")
  private String remote;

  /**
   * In pre-push mode: whether the messages of the pushed commits are checked: {@code true} or
   * {@code false}.
   */
  @Parameter(property = "tollgate.hooks.checkPushedCommits", defaultValue = "true")
  private String checkPushedCommits;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor pluginDescriptor;

  @Override
  protected boolean isSkipped() {
    return settings().bool("tollgate.branch.skip", false);
  }

  @Override
  protected Report check() throws MojoExecutionException {
    BranchSettings branch = BranchSettings.from(settings());
    File prePushInput = settings().value("tollgate.branch.prePush").map(File::new).orElse(null);
    Optional<GitLayout> layout;
    try {
      layout = GitLayout.discover(basedir.toPath(), System.getenv());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "cannot read the git repository of " + basedir + ": " + e.getMessage(), e);
    }
    if (layout.isEmpty()) {
      throw GitException.noRepository(basedir.toPath());
    }
    if (layout.get().isBare()) {
      return BranchCheck.noWorkTree(basedir.toPath());
    }
    try {
      if (prePushInput == null) {
        return BranchCheck.check(
            branch.protectedBranches(),
            layout.get().currentBranch(),
            CiDetector.detect(System.getenv()));
      }
      List<PushUpdate> updates;
      try {
        updates = PushUpdate.parse(Files.readString(prePushInput.toPath(), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException(
            "invalid pre-push input in " + prePushInput + ": " + e.getMessage());
      }
      return HookMain.prePushReport(
          hookSettings(), layout.get(), updates, branch.remote(), getLog()::warn);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "cannot read "
              + (prePushInput == null ? "the git HEAD" : prePushInput)
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * The settings the pre-push hook would use (the pom's, for the commit rules), with this build's
   * {@code -D} options and this goal's parameters over them.
   */
  private Settings hookSettings() {
    return ProjectSettings.forHooks(
            pluginDescriptor,
            project.getPlugin(pluginDescriptor.getPluginLookupKey()),
            project.getProperties(),
            getLog()::warn)
        .with(ProjectSettings.tollgateProperties(session.getUserProperties()))
        .with(settings().asMap())
        .with(ModuleScopes.setting(session));
  }
}
