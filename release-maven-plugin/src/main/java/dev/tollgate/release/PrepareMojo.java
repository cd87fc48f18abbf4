package dev.tollgate.release;

import dev.tollgate.core.launch.MavenLaunch;
import dev.tollgate.core.launch.MavenLaunch.Choice;
import dev.tollgate.core.release.PrepareOptions;
import dev.tollgate.core.release.ReleaseGoals;
import dev.tollgate.core.settings.Settings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
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

  /**
   * The goals (and options) a forked Maven runs on the release-version tree before anything is
   * committed or tagged, like maven-release-plugin's {@code preparationGoals}; a failing build
   * undoes every change. Default {@code clean verify}; {@code none} (or an empty value, {@code
   * -Dtollgate.release.preparationGoals=}) skips the build. The fork is the Maven running this
   * build ({@code maven.home}), with its offline mode, settings files and local repository.
   */
  @Parameter(property = "tollgate.release.preparationGoals")
  private String preparationGoals;

  /**
   * Files whose version markers follow the release, relative to the reactor root, besides the
   * reactor POMs: {@code {x-version-update:<artifactId>:current|released}} (release-please's Java
   * convention, also as {@code x-version-update-start}/{@code -end} blocks) and {@code
   * {x-tollgate-version:current|released}}. At the release both take the release version; at the
   * next development version only {@code current} moves. A listed file that does not exist is
   * skipped. Default {@code README.md}.
   */
  @Parameter(property = "tollgate.release.markerFiles")
  private List<String> markerFiles = new ArrayList<>();

  /**
   * A release-please {@code versions.txt} ({@code artifactId:released:current} lines), relative to
   * the reactor root: at the release both columns of the reactor's modules take the release
   * version, at the next development version the current column. Skipped when the file does not
   * exist.
   */
  @Parameter(property = "tollgate.release.versionsFile", defaultValue = "versions.txt")
  private String versionsFile;

  @Override
  protected String skipProperty() {
    return "tollgate.prepare.skip";
  }

  /**
   * {@code tollgate.release.preparationGoals} given with {@code -D} wins as typed, even when empty
   * ({@code -Dtollgate.release.preparationGoals=}, which Maven would pass on as no value at all);
   * an empty value, wherever written, means {@code none}: no release build.
   */
  @Override
  protected Map<String, String> overrides(Settings parameters, Properties userProperties) {
    String goals =
        userProperties.containsKey(PrepareOptions.PREPARATION_GOALS)
            ? userProperties.getProperty(PrepareOptions.PREPARATION_GOALS)
            : parameters.asMap().get(PrepareOptions.PREPARATION_GOALS);
    if (goals == null) {
      return Map.of();
    }
    return Map.of(PrepareOptions.PREPARATION_GOALS, goals.isBlank() ? "none" : goals);
  }

  @Override
  protected void run(Settings settings) throws Exception {
    ReleaseGoals.prepare(
        PrepareOptions.of(settings, releaseProject(), outputDirectory(), mavenCommand()),
        getLog()::info);
  }

  /**
   * The Maven running this build, to fork for the release build ({@link Choice#RUNNING}): {@code
   * maven.home} is the installation that already built this reactor (a wrapper's too, as the
   * wrapper sets it), so the release is built by the same Maven with the same settings, offline
   * mode and local repository, and nothing is downloaded to start it. Empty when {@code maven.home}
   * is unknown.
   */
  List<String> mavenCommand() {
    MavenLaunch.Os os = MavenLaunch.Os.of(System.getProperty("os.name"));
    Optional<Path> mvn =
        MavenLaunch.executableIn(Optional.ofNullable(System.getProperty("maven.home")), os);
    MavenSession session = session();
    MavenLaunch launch = MavenLaunch.executableOnly(mvn, os);
    if (session != null) {
      File user = session.getRequest().getUserSettingsFile();
      File global = session.getRequest().getGlobalSettingsFile();
      Optional<Path> local =
          Optional.ofNullable(session.getRepositorySession())
              .map(r -> r.getLocalRepository())
              .map(r -> r.getBasedir().toPath());
      launch =
          new MavenLaunch(
              mvn,
              os,
              session.isOffline(),
              Optional.ofNullable(user).filter(File::isFile).map(File::toPath),
              Optional.ofNullable(global).filter(File::isFile).map(File::toPath),
              local);
    }
    List<String> arguments = new ArrayList<>(List.of("-B"));
    if (project() != null && project().getFile() != null) {
      arguments.add("-f");
      arguments.add(project().getFile().getAbsolutePath());
    }
    return launch
        .command(Choice.RUNNING, repositoryDirectory(), arguments, Files::isExecutable)
        .orElse(List.of());
  }
}
