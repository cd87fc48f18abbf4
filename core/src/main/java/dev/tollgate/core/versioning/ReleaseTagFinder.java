package dev.tollgate.core.versioning;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Finds the highest-version release tags reachable from a commit: tags on branches that were never
 * merged do not count. Walks the history newest first and stops as soon as no higher release tag
 * can still be reached (every remaining candidate is newer than the walk position, with a day of
 * slack for clock skew), so the usual case reads a handful of commits.
 */
public final class ReleaseTagFinder {

  private static final long CLOCK_SKEW_SLACK_SECONDS = 24 * 3600;

  private ReleaseTagFinder() {}

  /**
   * A release tag.
   *
   * @param tag the tag
   * @param version the version its name stands for
   */
  public record ReleaseTag(GitHistory.Tag tag, SemanticVersion version) {
    /** The tag's name. */
    public String name() {
      return tag.name();
    }
  }

  /**
   * What is reachable.
   *
   * @param latest the highest release tag, final or pre-release
   * @param lastFinal the highest final (non-pre-release) release tag
   */
  public record Reachable(Optional<ReleaseTag> latest, Optional<ReleaseTag> lastFinal) {}

  /** The release tags of a repository: the tags whose name matches {@code format}. */
  public static List<ReleaseTag> releaseTags(GitHistory git, TagFormat format) throws GitException {
    List<ReleaseTag> tags = new ArrayList<>();
    for (GitHistory.Tag tag : git.tags()) {
      format.versionOf(tag.name()).ifPresent(v -> tags.add(new ReleaseTag(tag, v)));
    }
    tags.sort(Comparator.comparing(ReleaseTag::version).reversed().thenComparing(ReleaseTag::name));
    return tags;
  }

  /** The highest release tags reachable from {@code to}. */
  public static Reachable find(GitHistory git, ObjectId to, List<ReleaseTag> candidates)
      throws GitException {
    if (candidates.isEmpty()) {
      return new Reachable(Optional.empty(), Optional.empty());
    }
    Map<ObjectId, List<ReleaseTag>> byCommit = new HashMap<>();
    for (ReleaseTag c : candidates) {
      byCommit.computeIfAbsent(c.tag().commit(), k -> new ArrayList<>()).add(c);
    }
    ReleaseTag[] best = new ReleaseTag[2]; // [0] any, [1] final
    long[] minPendingTime = {minPendingTime(candidates, null, null)};
    git.walk(
        to,
        List.of(),
        false,
        commit -> {
          List<ReleaseTag> here = byCommit.get(commit);
          if (here != null) {
            for (ReleaseTag t : here) {
              if (best[0] == null || t.version().compareTo(best[0].version()) > 0) {
                best[0] = t;
              }
              if (!t.version().isPreRelease()
                  && (best[1] == null || t.version().compareTo(best[1].version()) > 0)) {
                best[1] = t;
              }
            }
            byCommit.remove(commit);
            minPendingTime[0] = minPendingTime(candidates, best[0], best[1], byCommit);
          }
          return minPendingTime[0] != Long.MAX_VALUE
              && minPendingTime[0] <= commit.getCommitTime() + CLOCK_SKEW_SLACK_SECONDS;
        });
    return new Reachable(Optional.ofNullable(best[0]), Optional.ofNullable(best[1]));
  }

  private static long minPendingTime(
      List<ReleaseTag> candidates, ReleaseTag bestAny, ReleaseTag bestFinal) {
    return minPendingTime(candidates, bestAny, bestFinal, null);
  }

  // the oldest commit time among tags not seen yet that would still improve a result
  private static long minPendingTime(
      List<ReleaseTag> candidates,
      ReleaseTag bestAny,
      ReleaseTag bestFinal,
      Map<ObjectId, List<ReleaseTag>> unseen) {
    long min = Long.MAX_VALUE;
    for (ReleaseTag c : candidates) {
      if (unseen != null && !unseen.containsKey(c.tag().commit())) {
        continue;
      }
      if (bestFinal != null && c.version().compareTo(bestFinal.version()) <= 0) {
        // sorted highest first: nothing further down beats the final (nor the latest, above it)
        break;
      }
      boolean improvesAny = bestAny == null || c.version().compareTo(bestAny.version()) > 0;
      boolean improvesFinal = !c.version().isPreRelease();
      if (improvesAny || improvesFinal) {
        min = Math.min(min, c.tag().commitTime());
      }
    }
    return min;
  }
}
