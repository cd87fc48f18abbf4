package dev.tollgate.core.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link NextVersion#compute} found.
 *
 * @param previousTag the previous release tag (or the {@code from} ref); empty on a first release
 * @param previousVersion the version of the previous release; empty on a first release
 * @param commitCount how many commits the range holds (since the last final release when the
 *     previous tag is a pre-release, since the repository's start on a first release)
 * @param decisiveCommits the commits that gave the bump level, newest first (at most {@link
 *     #MAX_DECISIVE})
 * @param level the bump level applied
 * @param nextVersion the next version; empty when there is nothing to release
 * @param noReleaseReason why there is nothing to release; empty when there is a release
 * @param range the commits considered, newest first, for the changelog
 */
public record NextVersionResult(
    Optional<String> previousTag,
    Optional<SemanticVersion> previousVersion,
    int commitCount,
    List<ReleaseCommit> decisiveCommits,
    BumpLevel level,
    Optional<SemanticVersion> nextVersion,
    String noReleaseReason,
    List<ReleaseCommit> range) {

  /** How many decisive commits a result keeps. */
  public static final int MAX_DECISIVE = 20;

  public NextVersionResult {
    Objects.requireNonNull(previousTag);
    Objects.requireNonNull(previousVersion);
    decisiveCommits = List.copyOf(decisiveCommits);
    Objects.requireNonNull(level);
    Objects.requireNonNull(nextVersion);
    noReleaseReason = Objects.requireNonNullElse(noReleaseReason, "");
    range = List.copyOf(range);
  }

  /** Whether there is something to release (the "no release" outcome is {@code false}). */
  public boolean isRelease() {
    return nextVersion.isPresent();
  }

  /** The report every goal logs: previous tag, commit count, decisive commits and the outcome. */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Previous release: "
            + previousTag.orElse("none (first release)")
            + previousVersion.map(v -> " (" + v + ")").orElse(""));
    lines.add("Commits considered: " + commitCount);
    if (!decisiveCommits.isEmpty()) {
      lines.add("Decisive commits (" + level.name().toLowerCase(java.util.Locale.ROOT) + "):");
      decisiveCommits.forEach(c -> lines.add("  " + c.shortSha() + " " + c.header()));
    }
    lines.add(nextVersion.map(v -> "Next version: " + v).orElse("No release: " + noReleaseReason));
    return lines;
  }
}
