package dev.tollgate.core.versioning;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.GitTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.semver4j.Semver;

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
  public record ReleaseTag(String name, Semver version, String commitId) {
    public ReleaseTag {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(commitId, "commitId");
    }

    /** The version as a {@link SemanticVersion}, for the version arithmetic. */
    public SemanticVersion semanticVersion() {
      return SemanticVersion.parse(version.toString());
    }

    /** Whether the version has a pre-release part ({@code 1.0.0-rc.1}). */
    public boolean isPreRelease() {
      return !version.getPreRelease().isEmpty();
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
    return format
        .versionOf(tag.name())
        .map(v -> Semver.parse(v.toString()))
        .map(v -> new ReleaseTag(tag.name(), v, tag.commitId()));
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
  // (clock skew) could hide a tag from the early stop below
  private static final long CLOCK_SKEW_SLACK_SECONDS = 24 * 3600;

  /**
   * The highest release tags reachable from {@code commitId}: ancestry-aware (tags on branches
   * never merged do not count), lightweight and annotated tags alike, pre-releases reported apart.
   * One walk from the commit, newest first, reading headers only; it stops as soon as no tag that
   * would beat the best found so far can still be reached (every such candidate is newer than the
   * walk's position), so the usual case reads a handful of commits whatever the history's size.
   */
  public static Reachable reachable(GitRepository git, String commitId, TagFormat format) {
    List<ReleaseTag> candidates =
        releases(git.tags(name -> format.versionOf(name).isPresent()), format);
    if (candidates.isEmpty()) {
      return new Reachable(Optional.empty(), Optional.empty());
    }
    Map<String, List<ReleaseTag>> unseen = new HashMap<>();
    for (ReleaseTag c : candidates) {
      unseen.computeIfAbsent(c.commitId(), k -> new ArrayList<>()).add(c);
    }
    // commit times are read lazily: usually only for the few tags above the best found
    Map<String, Long> times = new HashMap<>();
    ReleaseTag[] best = new ReleaseTag[2]; // [0] any, [1] final
    // until a first release is found, walk on (with none reachable, the whole history is read,
    // as the range of a first release must be anyway)
    long[] horizon = {Long.MIN_VALUE};
    git.walkHeaders(
        commitId,
        (id, time) -> {
          List<ReleaseTag> here = unseen.remove(id);
          if (here != null) {
            for (ReleaseTag t : here) {
              if (best[0] == null || t.version().compareTo(best[0].version()) > 0) {
                best[0] = t;
              }
              if (!t.isPreRelease()
                  && (best[1] == null || t.version().compareTo(best[1].version()) > 0)) {
                best[1] = t;
              }
            }
            horizon[0] = oldestImprover(git, candidates, unseen, times, best[0], best[1]);
          }
          return horizon[0] == Long.MIN_VALUE
              || (horizon[0] != Long.MAX_VALUE && horizon[0] <= time + CLOCK_SKEW_SLACK_SECONDS);
        });
    return new Reachable(Optional.ofNullable(best[0]), Optional.ofNullable(best[1]));
  }

  // the oldest commit time among unseen tags that would still improve a result
  private static long oldestImprover(
      GitRepository git,
      List<ReleaseTag> candidates,
      Map<String, List<ReleaseTag>> unseen,
      Map<String, Long> times,
      ReleaseTag bestAny,
      ReleaseTag bestFinal) {
    long min = Long.MAX_VALUE;
    for (ReleaseTag c : candidates) {
      if (bestFinal != null && c.version().compareTo(bestFinal.version()) <= 0) {
        break; // highest first: nothing further down beats the final, nor the latest above it
      }
      if (!unseen.containsKey(c.commitId())) {
        continue;
      }
      boolean improvesAny = bestAny == null || c.version().compareTo(bestAny.version()) > 0;
      if (improvesAny || !c.isPreRelease()) {
        min = Math.min(min, times.computeIfAbsent(c.commitId(), git::commitTime));
      }
    }
    return min;
  }
}
