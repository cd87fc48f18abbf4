package dev.tollgate.quality;

import dev.tollgate.core.branch.BranchCheck;
import dev.tollgate.core.branch.ProtectedBranches;
import dev.tollgate.core.branch.PushUpdate;
import dev.tollgate.core.ci.CiDetector;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitLayout;
import dev.tollgate.core.hooks.HookMain;
import dev.tollgate.core.hooks.HookSettings;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import dev.tollgate.quality.hooks.PluginSettings;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

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

  /** Skips this goal. */
  @Parameter(property = "tollgate.branch.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Protected branches: exact names ({@code main}), globs ({@code release/*}; {@code *} stays
   * within one {@code /} segment, {@code **} spans segments) and regular expressions prefixed with
   * {@code regex:} that must match the whole name. On the command line, separate with commas.
   */
  @Parameter(property = "tollgate.branch.protected", defaultValue = "main,master")
  private List<String> protectedBranches;

  /** In pre-push mode: whether tags may be pushed. */
  @Parameter(property = "tollgate.branch.allowTags", defaultValue = "true")
  private boolean allowTags;

  /**
   * In pre-push mode: whether fast-forward pushes to a protected branch are allowed. Deleting or
   * force-pushing (rewriting) a protected branch is refused either way.
   */
  @Parameter(property = "tollgate.branch.allowDirectPush", defaultValue = "false")
  private boolean allowDirectPush;

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

  /** In pre-push mode: whether the messages of the pushed commits are checked. */
  @Parameter(property = "tollgate.hooks.checkPushedCommits", defaultValue = "true")
  private boolean checkPushedCommits;

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
    return skip;
  }

  @Override
  protected Report check() throws MojoExecutionException {
    ProtectedBranches branches;
    try {
      branches = ProtectedBranches.parse(protectedBranches);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "invalid <protectedBranches> (tollgate.branch.protected): " + e.getMessage());
    }
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
      return new Report(
          BranchCheck.GOAL,
          List.of(
              new Finding(
                  "no-git",
                  Severity.WARN,
                  Location.nowhere(),
                  basedir + " is not in a git work tree, so there is no branch to check",
                  "run the build inside a git clone, or skip this goal with -Dtollgate.branch.skip")));
    }
    try {
      if (prePush == null) {
        return BranchCheck.check(
            branches, layout.get().currentBranch(), CiDetector.detect(System.getenv()));
      }
      List<PushUpdate> updates;
      try {
        updates = PushUpdate.parse(Files.readString(prePush.toPath(), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException(
            "invalid pre-push input in " + prePush + ": " + e.getMessage());
      }
      return HookMain.prePushReport(hookSettings(), layout.get(), updates, remote);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "cannot read " + (prePush == null ? "the git HEAD" : prePush) + ": " + e.getMessage(), e);
    }
  }

  /** This goal's parameters plus the rest of the plugin's settings (the commit rules). */
  private HookSettings hookSettings() {
    Plugin plugin = project.getPlugin(pluginDescriptor.getPluginLookupKey());
    Xpp3Dom configuration = plugin == null ? null : (Xpp3Dom) plugin.getConfiguration();
    Map<String, String> map =
        new HashMap<>(
            PluginSettings.effective(
                pluginDescriptor,
                configuration,
                project.getProperties(),
                session.getUserProperties()));
    map.put(HookSettings.PROTECTED, HookSettings.joinList(protectedBranches));
    map.put(HookSettings.ALLOW_TAGS, Boolean.toString(allowTags));
    map.put(HookSettings.ALLOW_DIRECT_PUSH, Boolean.toString(allowDirectPush));
    map.put(HookSettings.CHECK_PUSHED_COMMITS, Boolean.toString(checkPushedCommits));
    return new HookSettings(map);
  }
}
