package dev.tollgate.release;

import dev.tollgate.core.release.ChangelogOptions;
import dev.tollgate.core.release.ReleaseGoals;
import dev.tollgate.core.settings.Settings;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the changelog from the Conventional Commits: by default inserts the next release's section
 * into the changelog file, keeping every other byte; with {@code regenerate} rebuilds the whole
 * file from the release tags. Also writes the release's notes alone to {@code
 * target/tollgate/release-notes.md} for CI to publish. Works in any git repository, with or without
 * a POM.
 */
@Mojo(name = "changelog", requiresProject = false, threadSafe = true, aggregator = true)
public class ChangelogMojo extends AbstractVersionMojo {

  /** Skips this goal ({@code true} or {@code false}). */
  @Parameter(property = "tollgate.changelog.skip", defaultValue = "false")
  private String skip;

  /**
   * The format: {@code conventional} (conventional-changelog / release-please, with compare and
   * commit links on GitHub and GitLab), {@code commitizen} (commitizen's own CHANGELOG.md format)
   * or {@code keepachangelog}.
   */
  @Parameter(property = "tollgate.changelog.style", defaultValue = "conventional")
  private String style;

  /** The changelog file, relative to the repository directory (the project's base directory). */
  @Parameter(property = "tollgate.changelog.file", defaultValue = "CHANGELOG.md")
  private String file;

  /**
   * Rebuilds the whole file from every release tag reachable from {@code to} (plus the next
   * release), instead of inserting the next release's section; {@code true} or {@code false}.
   */
  @Parameter(property = "tollgate.changelog.regenerate", defaultValue = "false")
  private String regenerate;

  /** The git remote whose GitHub/GitLab address gives the compare and commit links. */
  @Parameter(property = "tollgate.changelog.remote", defaultValue = "origin")
  private String remote;

  /** The next release's date, {@code YYYY-MM-DD}; default today (UTC). */
  @Parameter(property = "tollgate.changelog.date")
  private String date;

  @Override
  protected String skipProperty() {
    return "tollgate.changelog.skip";
  }

  @Override
  protected void run(Settings settings) throws Exception {
    ReleaseGoals.changelog(
        ChangelogOptions.of(settings, releaseProject(), outputDirectory()), getLog()::info);
  }
}
