package dev.tollgate.core.release;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@link ReleasePrepare} needs, already decided by the caller (templates expanded).
 *
 * @param root the reactor root directory (versionFiles are relative to it)
 * @param poms every POM of the reactor
 * @param version the release version
 * @param developmentVersion the next development version, or {@code null} for no second commit
 * @param tag the tag name
 * @param commitMessage the release commit message
 * @param tagMessage the annotated tag's message
 * @param developmentCommitMessage the development commit message
 * @param sign sign the commits and the tag
 * @param versionFiles other files carrying the version
 * @param otherChanges further file changes for the release commit (the changelog)
 * @param allowUntracked whether untracked files may be present
 * @param allowDetached whether a detached HEAD may be released
 * @param externalSnapshots SNAPSHOT dependencies/plugins from outside the reactor, as "what
 *     (where)"
 * @param markerFiles files (relative to {@code root}) whose version markers are updated, besides
 *     the POMs ({@link VersionMarkers}); a missing file is skipped
 * @param versionsFile a release-please {@code versions.txt} ({@code artifact:released:current}),
 *     relative to {@code root}; null or missing for none
 * @param buildCommand the command that builds the release-version tree before the commit and the
 *     tag (a forked Maven); empty to skip
 */
public record PrepareRequest(
    Path root,
    List<Path> poms,
    String version,
    String developmentVersion,
    String tag,
    String commitMessage,
    String tagMessage,
    String developmentCommitMessage,
    boolean sign,
    List<VersionFile> versionFiles,
    List<FileChange> otherChanges,
    boolean allowUntracked,
    boolean allowDetached,
    List<String> externalSnapshots,
    List<String> markerFiles,
    String versionsFile,
    List<String> buildCommand) {

  /** The default release commit message; it passes Tollgate's default commit rules. */
  public static final String DEFAULT_COMMIT_MESSAGE = "chore(release): v@{version}";

  /** The default annotated tag message. */
  public static final String DEFAULT_TAG_MESSAGE = "Release @{version}";

  /** The default development commit message; it passes Tollgate's default commit rules. */
  public static final String DEFAULT_DEVELOPMENT_COMMIT_MESSAGE =
      "chore(release): start @{developmentVersion}";

  public PrepareRequest {
    poms = List.copyOf(poms);
    versionFiles = List.copyOf(versionFiles);
    otherChanges = List.copyOf(otherChanges);
    externalSnapshots = List.copyOf(externalSnapshots);
    markerFiles = List.copyOf(markerFiles);
    buildCommand = List.copyOf(buildCommand);
  }

  /**
   * Replaces the placeholders {@code version}, {@code tag} and {@code developmentVersion}, written
   * {@code @{name}} (safe in a POM, where Maven interpolates {@code ${...}} itself) or {@code
   * ${name}} (on the command line).
   */
  public static String expand(String template, String version, String tag, String devVersion) {
    String out = template;
    for (String open : new String[] {"${", "@{"}) {
      out =
          out.replace(open + "version}", version)
              .replace(open + "tag}", tag)
              .replace(open + "developmentVersion}", devVersion == null ? "" : devVersion);
    }
    return out;
  }
}
