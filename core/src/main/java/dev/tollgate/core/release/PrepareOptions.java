package dev.tollgate.core.release;

import dev.tollgate.core.changelog.ChangelogStyle;
import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code release:prepare} needs, read once from the settings; {@link ReleaseGoals#prepare}
 * decides everything else (versions, tag, messages, files).
 *
 * @param next the version request and the project
 * @param dryRun print the plan and change nothing
 * @param allowUntracked whether untracked files may be present
 * @param allowDetached whether a detached HEAD may be released
 * @param sign sign the commits and the tag
 * @param nextDevelopment commit the next development version after the release
 * @param developmentVersion an explicit development version (implies nextDevelopment)
 * @param commitMessage the release commit message template
 * @param tagMessage the tag message template
 * @param developmentCommitMessage the development commit message template
 * @param versionFiles {@code path=regex} entries
 * @param allowSnapshots {@code groupId:artifactId} globs of snapshots that may stay
 * @param changelog insert the release's section into the changelog file
 * @param changelogStyle the changelog style
 * @param changelogFile the changelog file, relative to the reactor root
 * @param date the release date in the changelog
 * @param preparationGoals the goals (and options) the forked Maven builds the release with; empty
 *     for no build
 * @param mavenCommand how to start the forked Maven, e.g. {@code [/opt/maven/bin/mvn, -B]}; empty
 *     when none is known (then a build cannot run)
 * @param markerFiles files whose version markers follow the release (relative to the root)
 * @param versionsFile the {@code versions.txt} to update, relative to the root; null for none
 */
public record PrepareOptions(
    NextOptions next,
    boolean dryRun,
    boolean allowUntracked,
    boolean allowDetached,
    boolean sign,
    boolean nextDevelopment,
    Optional<String> developmentVersion,
    String commitMessage,
    String tagMessage,
    String developmentCommitMessage,
    List<String> versionFiles,
    List<String> allowSnapshots,
    boolean changelog,
    ChangelogStyle changelogStyle,
    String changelogFile,
    LocalDate date,
    List<String> preparationGoals,
    List<String> mavenCommand,
    List<String> markerFiles,
    String versionsFile) {

  /** Print the plan and change nothing (also for rollback and perform). */
  public static final String DRY_RUN = "tollgate.release.dryRun";

  /** Allow untracked files. */
  public static final String ALLOW_UNTRACKED = "tollgate.release.allowUntracked";

  /** Allow a detached HEAD. */
  public static final String ALLOW_DETACHED = "tollgate.release.allowDetached";

  /** Sign commits and tag. */
  public static final String SIGN = "tollgate.release.sign";

  /** Commit the next development version. */
  public static final String NEXT_DEVELOPMENT = "tollgate.release.nextDevelopment";

  /** An explicit development version. */
  public static final String DEVELOPMENT_VERSION = "tollgate.release.developmentVersion";

  /** The release commit message. */
  public static final String COMMIT_MESSAGE = "tollgate.release.commitMessage";

  /** The tag message. */
  public static final String TAG_MESSAGE = "tollgate.release.tagMessage";

  /** The development commit message. */
  public static final String DEVELOPMENT_COMMIT_MESSAGE =
      "tollgate.release.developmentCommitMessage";

  /** Other files carrying the version, one {@code path=regex} per line. */
  public static final String VERSION_FILES = "tollgate.release.versionFiles";

  /** Snapshots that may stay, {@code groupId:artifactId} globs. */
  public static final String ALLOW_SNAPSHOTS = "tollgate.release.allowSnapshots";

  /** Insert the release's changelog section. */
  public static final String CHANGELOG = "tollgate.release.changelog";

  /** The goals of the release build; {@code none} (or empty on the command line) skips it. */
  public static final String PREPARATION_GOALS = "tollgate.release.preparationGoals";

  /** maven-release-plugin's default preparation goals. */
  public static final String DEFAULT_PREPARATION_GOALS = "clean verify";

  /** Files with version markers. */
  public static final String MARKER_FILES = "tollgate.release.markerFiles";

  /** The release-please {@code versions.txt}. */
  public static final String VERSIONS_FILE = "tollgate.release.versionsFile";

  public PrepareOptions {
    Objects.requireNonNull(next, "next");
    versionFiles = List.copyOf(versionFiles);
    allowSnapshots = List.copyOf(allowSnapshots);
    preparationGoals = List.copyOf(preparationGoals);
    mavenCommand = List.copyOf(mavenCommand);
    markerFiles = List.copyOf(markerFiles);
  }

  /**
   * Reads the prepare settings, the version settings and the changelog style and file.
   *
   * @throws InvalidSettingException naming the property whose value cannot be used
   */
  public static PrepareOptions of(Settings s, ReleaseProject project, Path outputDirectory) {
    return of(s, project, outputDirectory, List.of());
  }

  /**
   * As {@link #of(Settings, ReleaseProject, Path)}, with the command that starts a forked Maven for
   * the release build.
   */
  public static PrepareOptions of(
      Settings s, ReleaseProject project, Path outputDirectory, List<String> mavenCommand) {
    String goals = s.string(PREPARATION_GOALS, DEFAULT_PREPARATION_GOALS);
    List<String> goalList =
        goals.equalsIgnoreCase("none") ? List.of() : List.of(goals.trim().split("\\s+"));
    return new PrepareOptions(
        NextOptions.of(s, project, outputDirectory),
        s.bool(DRY_RUN, false),
        s.bool(ALLOW_UNTRACKED, false),
        s.bool(ALLOW_DETACHED, false),
        s.bool(SIGN, false),
        s.bool(NEXT_DEVELOPMENT, false),
        s.value(DEVELOPMENT_VERSION),
        s.string(COMMIT_MESSAGE, PrepareRequest.DEFAULT_COMMIT_MESSAGE),
        s.string(TAG_MESSAGE, PrepareRequest.DEFAULT_TAG_MESSAGE),
        s.string(DEVELOPMENT_COMMIT_MESSAGE, PrepareRequest.DEFAULT_DEVELOPMENT_COMMIT_MESSAGE),
        s.lines(VERSION_FILES),
        s.list(ALLOW_SNAPSHOTS),
        s.bool(CHANGELOG, true),
        ChangelogOptions.style(s),
        s.string(ChangelogOptions.FILE, "CHANGELOG.md"),
        LocalDate.now(ZoneOffset.UTC),
        goalList,
        mavenCommand,
        s.isSet(MARKER_FILES) ? s.list(MARKER_FILES) : List.of("README.md"),
        s.string(VERSIONS_FILE, "versions.txt"));
  }
}
