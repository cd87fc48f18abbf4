package dev.tollgate.release;

import dev.tollgate.core.release.ChangelogOptions;
import dev.tollgate.core.release.PrepareOptions;
import dev.tollgate.core.release.ReleaseGoals;
import dev.tollgate.core.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prepares a release: checks the repository (clean tree, on a branch, tag free, no SNAPSHOTs from
 * outside the reactor, not behind upstream), sets the release version in every reactor POM
 * (losslessly), updates the version files and the changelog, commits the release ({@code
 * chore(release): v1.2.0}), creates an annotated tag and optionally commits the next development
 * version. All or nothing: a failure undoes every earlier step. Run it from the command line at the
 * reactor root; {@code -Dtollgate.release.dryRun} prints the plan and the diffs and changes
 * nothing.
 */
@Mojo(name = "prepare", aggregator = true, threadSafe = true)
public class PrepareMojo extends AbstractVersionMojo {

  /** Skips this goal ({@code true} or {@code false}). */
  @Parameter(property = "tollgate.prepare.skip", defaultValue = "false")
  private String skip;

  /**
   * Print the plan, every file's diff and the tag, and change nothing ({@code true}/{@code false}).
   */
  @Parameter(property = "tollgate.release.dryRun", defaultValue = "false")
  private String dryRun;

  /** Allow untracked files in the working tree (they are left alone and not committed). */
  @Parameter(property = "tollgate.release.allowUntracked", defaultValue = "false")
  private String allowUntracked;

  /** Allow releasing from a detached HEAD (e.g. a CI checkout of a commit). */
  @Parameter(property = "tollgate.release.allowDetached", defaultValue = "false")
  private String allowDetached;

  /**
   * The release commit message. Placeholders: {@code @{version}}, {@code @{tag}} (write {@code
   * ${...}} only on the command line: in a POM Maven interpolates it first). Default: {@code
   * chore(release): v@{version}}, which passes Tollgate's commit rules.
   */
  @Parameter(property = "tollgate.release.commitMessage")
  private String commitMessage;

  /**
   * The annotated tag's message; placeholders as for commitMessage. Default: {@code
   * Release @{version}}.
   */
  @Parameter(property = "tollgate.release.tagMessage")
  private String tagMessage;

  /**
   * Sign the release commit(s) and the tag with the key configured for git ({@code
   * user.signingKey}, {@code gpg.format}). When signing is requested but not possible the release
   * fails before touching anything; it is never made unsigned silently.
   */
  @Parameter(property = "tollgate.release.sign", defaultValue = "false")
  private String sign;

  /**
   * After the release commit, set the next development version (the release's patch bump, {@code
   * X.Y.Z+1-SNAPSHOT}) in the POMs and commit it.
   */
  @Parameter(property = "tollgate.release.nextDevelopment", defaultValue = "false")
  private String nextDevelopment;

  /** The next development version, overriding {@code X.Y.Z+1-SNAPSHOT}; implies nextDevelopment. */
  @Parameter(property = "tollgate.release.developmentVersion")
  private String developmentVersion;

  /**
   * The development commit message; placeholders {@code @{developmentVersion}}, {@code @{version}}.
   * Default: {@code chore(release): start @{developmentVersion}}.
   */
  @Parameter(property = "tollgate.release.developmentCommitMessage")
  private String developmentCommitMessage;

  /**
   * Other files carrying the version, as {@code path=regex} (path relative to the reactor root; RE2
   * syntax). Each match's first group, or the whole match without a group, becomes the new version,
   * e.g. {@code README.md=demo:([0-9][0-9.]*)}. A pattern matching nothing fails the release.
   */
  @Parameter(property = "tollgate.release.versionFiles")
  private List<String> versionFiles = new ArrayList<>();

  /**
   * SNAPSHOT dependencies, plugins or parents from outside the reactor that may stay, as {@code
   * groupId:artifactId} globs ({@code *} matches within a part, e.g. {@code com.acme:*}).
   * Timestamped snapshots ({@code 1.0-20250101.120000-3}) count as SNAPSHOTs.
   */
  @Parameter(property = "tollgate.release.allowSnapshots")
  private List<String> allowSnapshots = new ArrayList<>();

  /** Insert the release's section into the changelog file, in the same commit. */
  @Parameter(property = "tollgate.release.changelog", defaultValue = "true")
  private String changelog;

  /** The changelog style: {@code conventional}, {@code commitizen} or {@code keepachangelog}. */
  @Parameter(property = "tollgate.changelog.style", defaultValue = "conventional")
  private String changelogStyle;

  /** The changelog file, relative to the reactor root. */
  @Parameter(property = "tollgate.changelog.file", defaultValue = "CHANGELOG.md")
  private String changelogFile;

  @Override
  protected String skipProperty() {
    return "tollgate.prepare.skip";
  }

  @Override
  protected Map<String, String> parameters() {
    Map<String, String> p = super.parameters();
    p.put("tollgate.prepare.skip", skip);
    p.put(PrepareOptions.DRY_RUN, dryRun);
    p.put(PrepareOptions.ALLOW_UNTRACKED, allowUntracked);
    p.put(PrepareOptions.ALLOW_DETACHED, allowDetached);
    p.put(PrepareOptions.COMMIT_MESSAGE, commitMessage);
    p.put(PrepareOptions.TAG_MESSAGE, tagMessage);
    p.put(PrepareOptions.SIGN, sign);
    p.put(PrepareOptions.NEXT_DEVELOPMENT, nextDevelopment);
    p.put(PrepareOptions.DEVELOPMENT_VERSION, developmentVersion);
    p.put(PrepareOptions.DEVELOPMENT_COMMIT_MESSAGE, developmentCommitMessage);
    p.put(PrepareOptions.VERSION_FILES, lines(versionFiles));
    p.put(PrepareOptions.ALLOW_SNAPSHOTS, lines(allowSnapshots));
    p.put(PrepareOptions.CHANGELOG, changelog);
    p.put(ChangelogOptions.STYLE, changelogStyle);
    p.put(ChangelogOptions.FILE, changelogFile);
    return p;
  }

  @Override
  protected void run(Settings settings) throws Exception {
    ReleaseGoals.prepare(
        PrepareOptions.of(settings, releaseProject(), outputDirectory()), getLog()::info);
  }
}
