package dev.tollgate.core.changelog;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.versioning.BreakingNotes;
import dev.tollgate.core.versioning.NextVersionResult;
import dev.tollgate.core.versioning.ReleaseCommit;
import dev.tollgate.core.versioning.ReleaseCommits;
import dev.tollgate.core.versioning.ReleaseTags;
import dev.tollgate.core.versioning.SemanticVersion;
import dev.tollgate.core.versioning.TagFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds {@link ReleaseSection}s from a repository: the next release's section from a {@link
 * NextVersionResult}, and every released version's section from the release tags (for {@code
 * regenerate}).
 */
public final class ChangelogHistory {

  private ChangelogHistory() {}

  /**
   * The section of the release {@code result} computed, dated {@code date}. Its commits are those
   * the version was computed from (since the last final release).
   *
   * @throws IllegalArgumentException when the result is the "no release" outcome
   */
  public static ReleaseSection nextSection(
      NextVersionResult result, TagFormat format, LocalDate date) {
    SemanticVersion version =
        result
            .nextVersion()
            .orElseThrow(() -> new IllegalArgumentException("nothing to release: no section"));
    return new ReleaseSection(
        version, format.tagFor(version), result.previousTag(), Optional.of(date), result.range());
  }

  /** The web links of a remote (e.g. {@code origin}) when it is on GitHub or GitLab. */
  public static Optional<RepositoryLinks> links(Path dir, String remote) {
    try (GitRepository git = GitRepository.open(dir)) {
      return git.remoteUrl(remote).flatMap(RepositoryLinks::fromRemoteUrl);
    }
  }

  /**
   * One section per release tag reachable from {@code to}, newest first; each holds the commits
   * since the release before it (by version), dated with the tag's date (UTC).
   */
  public static List<ReleaseSection> releases(Path dir, TagFormat format, String to) {
    return releases(dir, format, to, BreakingNotes.STRICT);
  }

  /**
   * As {@link #releases(Path, TagFormat, String)}, with the breaking-change notes {@code notes}
   * accepts; commits in {@code git log --topo-order} order.
   */
  public static List<ReleaseSection> releases(
      Path dir, TagFormat format, String to, BreakingNotes notes) {
    try (GitRepository git = GitRepository.open(dir)) {
      String tip = git.resolveCommit(to, "tollgate.release.to");
      List<ReleaseTags.ReleaseTag> all =
          ReleaseTags.releases(git.tags(name -> format.versionOf(name).isPresent()), format);
      Set<String> tagged = new HashSet<>();
      all.forEach(t -> tagged.add(t.commitId()));
      Set<String> reachable = new HashSet<>();
      if (!tagged.isEmpty()) {
        // one header-only walk instead of a reachability test per tag
        git.walkHeaders(
            tip,
            (id, time) -> {
              if (tagged.contains(id)) {
                reachable.add(id);
              }
              return reachable.size() < tagged.size();
            });
      }
      List<ReleaseTags.ReleaseTag> tags = new ArrayList<>();
      for (ReleaseTags.ReleaseTag t : all) {
        if (reachable.contains(t.commitId())) {
          tags.add(t);
        }
      }
      Collections.reverse(tags); // oldest version first
      List<ReleaseSection> sections = new ArrayList<>();
      ReleaseTags.ReleaseTag previous = null;
      for (ReleaseTags.ReleaseTag tag : tags) {
        List<ReleaseCommit> commits = new ArrayList<>();
        git.walk(
            previous == null ? null : previous.commitId(),
            tag.commitId(),
            0,
            true,
            c -> commits.addAll(ReleaseCommits.ofAll(c.id(), c.message(), c.parentCount(), notes)));
        long seconds = git.tagDate(tag.name()).orElseGet(() -> git.commitTime(tag.commitId()));
        LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
        sections.add(
            new ReleaseSection(
                tag.version(),
                tag.name(),
                Optional.ofNullable(previous).map(ReleaseTags.ReleaseTag::name),
                Optional.of(date),
                commits));
        previous = tag;
      }
      Collections.reverse(sections);
      return sections;
    }
  }
}
