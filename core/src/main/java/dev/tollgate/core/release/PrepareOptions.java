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
    LocalDate date) {

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

  public PrepareOptions {
    Objects.requireNonNull(next, "next");
    versionFiles = List.copyOf(versionFiles);
    allowSnapshots = List.copyOf(allowSnapshots);
  }

  /**
   * Reads the prepare settings, the version settings and the changelog style and file.
   *
   * @throws InvalidSettingException naming the property whose value cannot be used
   */
  public static PrepareOptions of(Settings s, ReleaseProject project, Path outputDirectory) {
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
        LocalDate.now(ZoneOffset.UTC));
  }
}
