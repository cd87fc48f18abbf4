package dev.tollgate.core.versioning;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.GitTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Release tags: tags whose name is a tag format such as {@code v${version}} with a semantic version
 * in place of {@code ${version}} (also written {@code @{version}}, which Maven leaves alone in a
 * pom). Tags that do not match the format are not releases.
 */
public final class ReleaseTags {

  /** The placeholder a tag format must contain once. */
  public static final String PLACEHOLDER = "${version}";

  /**
   * The same placeholder as written in a pom, where Maven would replace {@code ${version}} with the
   * project's version: {@code v@{version}}.
   */
  public static final String POM_PLACEHOLDER = "@{version}";

  /** The default tag format. */
  public static final String DEFAULT_FORMAT = "v" + PLACEHOLDER;

  /**
   * A release tag.
   *
   * @param name the tag's name, e.g. {@code v1.2.3}
   * @param version the semantic version in the name
   * @param commitId the full id of the commit the tag peels to
   */
  public record ReleaseTag(String name, SemanticVersion version, String commitId) {
    public ReleaseTag {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(commitId, "commitId");
    }

    /** Whether the version has a pre-release part ({@code 1.0.0-rc.1}). */
    public boolean isPreRelease() {
      return version.isPreRelease();
    }
  }

  private ReleaseTags() {}

  /**
   * The release a tag stands for under a tag format, or empty when its name does not match.
   *
   * @throws IllegalArgumentException when the format does not contain {@code ${version}} once
   */
  public static Optional<ReleaseTag> parse(GitTag tag, String tagFormat) {
    return parse(tag, TagFormat.of(tagFormat));
  }

  /** The release a tag stands for under a tag format, or empty when its name does not match. */
  public static Optional<ReleaseTag> parse(GitTag tag, TagFormat format) {
    return format.versionOf(tag.name()).map(v -> new ReleaseTag(tag.name(), v, tag.commitId()));
  }

  /** Every release among the tags, highest version first (pre-releases included). */
  public static List<ReleaseTag> releases(List<GitTag> tags, String tagFormat) {
    return releases(tags, TagFormat.of(tagFormat));
  }

  /** Every release among the tags, highest version first (pre-releases included). */
  public static List<ReleaseTag> releases(List<GitTag> tags, TagFormat format) {
    List<ReleaseTag> releases = new ArrayList<>();
    for (GitTag tag : tags) {
      parse(tag, format).ifPresent(releases::add);
    }
    releases.sort(
        Comparator.comparing(ReleaseTag::version, Comparator.reverseOrder())
            .thenComparing(ReleaseTag::name));
    return releases;
  }

  /**
   * The stable release with the highest version among the tags reachable from a commit (a tag on
   * the commit itself counts), or empty when there is none. Annotated tags are peeled; tags not
   * matching the format and pre-releases are ignored.
   */
  public static Optional<ReleaseTag> latestReachable(
      GitRepository git, String commitId, String tagFormat) {
    return reachable(git, commitId, TagFormat.of(tagFormat)).lastFinal();
  }

  /**
   * The highest release tags reachable from a commit.
   *
   * @param latest the highest release, final or pre-release
   * @param lastFinal the highest final (non-pre-release) release
   */
  public record Reachable(Optional<ReleaseTag> latest, Optional<ReleaseTag> lastFinal) {}

  // commits are walked newest first; a parent younger than its child by more than this
  // (clock skew) could hide a tag from the bounded walks below
  private static final long CLOCK_SKEW_SLACK_SECONDS = 24 * 3600;

  /**
   * The highest release tags reachable from {@code commitId}: ancestry-aware (tags on branches
   * never merged do not count), lightweight and annotated tags alike, pre-releases reported apart.
   *
   * <p>Lazy, so that a history with hundreds of tags costs a handful of object reads: tag names are
   * listed without reading objects and tried highest version first; only a candidate that could
   * still improve the answer is peeled, and its reachability is decided by a walk from {@code
   * commitId} that reads headers only and stops once it is older than the candidate (with a day of
   * slack for clock skew). The usual case peels one tag and reads a few commits.
   */
  public static Reachable reachable(GitRepository git, String commitId, TagFormat format) {
    List<Named> candidates = new ArrayList<>();
    for (String name : git.tagNames()) {
      format.versionOf(name).ifPresent(v -> candidates.add(new Named(name, v)));
    }
    candidates.sort(
        Comparator.comparing(Named::version, Comparator.reverseOrder()).thenComparing(Named::name));
    ReleaseTag latest = null;
    ReleaseTag lastFinal = null;
    for (Named candidate : candidates) {
      boolean preRelease = candidate.version().isPreRelease();
      if (lastFinal != null) {
        break; // everything further down is lower than the final found
      }
      if (latest != null && preRelease) {
        continue; // lower than the latest and not final: improves nothing
      }
      Optional<String> peeled = git.peelTag(candidate.name());
      if (peeled.isEmpty() || !reachableFrom(git, peeled.get(), commitId)) {
        continue;
      }
      ReleaseTag tag = new ReleaseTag(candidate.name(), candidate.version(), peeled.get());
      if (latest == null) {
        latest = tag;
      }
      if (!preRelease) {
        lastFinal = tag;
      }
    }
    return new Reachable(Optional.ofNullable(latest), Optional.ofNullable(lastFinal));
  }

  private record Named(String name, SemanticVersion version) {}

  // whether target is an ancestor of (or is) tip: a header-only walk bounded by target's time
  private static boolean reachableFrom(GitRepository git, String target, String tip) {
    long targetTime = git.commitTime(target);
    boolean[] found = {false};
    git.walkHeaders(
        tip,
        (id, time) -> {
          if (id.equals(target)) {
            found[0] = true;
            return false;
          }
          return time + CLOCK_SKEW_SLACK_SECONDS >= targetTime;
        });
    return found[0];
  }
}
