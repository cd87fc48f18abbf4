package dev.tollgate.core.changelog;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitHistory;
import dev.tollgate.core.versioning.NextVersionResult;
import dev.tollgate.core.versioning.ReleaseCommit;
import dev.tollgate.core.versioning.ReleaseCommits;
import dev.tollgate.core.versioning.ReleaseTagFinder;
import dev.tollgate.core.versioning.SemanticVersion;
import dev.tollgate.core.versioning.TagFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;

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
  public static Optional<RepositoryLinks> links(Path dir, String remote) throws GitException {
    try (GitHistory git = GitHistory.open(dir)) {
      return git.remoteUrl(remote).flatMap(RepositoryLinks::fromRemoteUrl);
    }
  }

  /**
   * One section per release tag reachable from {@code to}, newest first; each holds the commits
   * since the release before it (by version), dated with the tag's date (UTC).
   */
  public static List<ReleaseSection> releases(Path dir, TagFormat format, String to)
      throws GitException {
    try (GitHistory git = GitHistory.open(dir)) {
      ObjectId tip = git.resolveCommit(to);
      List<ReleaseTagFinder.ReleaseTag> all = ReleaseTagFinder.releaseTags(git, format);
      Set<ObjectId> tagged = new HashSet<>();
      all.forEach(t -> tagged.add(t.tag().commit()));
      Set<ObjectId> reachable = new HashSet<>();
      if (!tagged.isEmpty()) {
        // one header-only walk instead of a reachability test per tag
        git.walk(
            tip,
            List.of(),
            false,
            c -> {
              if (tagged.contains(c)) {
                reachable.add(c.copy());
              }
              return reachable.size() < tagged.size();
            });
      }
      List<ReleaseTagFinder.ReleaseTag> tags = new ArrayList<>();
      for (ReleaseTagFinder.ReleaseTag t : all) {
        if (reachable.contains(t.tag().commit())) {
          tags.add(t);
        }
      }
      tags.sort(Comparator.comparing(ReleaseTagFinder.ReleaseTag::version));
      List<ReleaseSection> sections = new ArrayList<>();
      ReleaseTagFinder.ReleaseTag previous = null;
      for (ReleaseTagFinder.ReleaseTag tag : tags) {
        List<ReleaseCommit> commits = new ArrayList<>();
        git.walk(
            tag.tag().commit(),
            previous == null ? List.of() : List.of(previous.tag().commit()),
            true,
            c -> {
              commits.add(
                  ReleaseCommits.of(
                      c.name(), c.getFullMessage(), c.getParentCount(), c.getCommitTime()));
              return true;
            });
        LocalDate date =
            LocalDate.ofInstant(Instant.ofEpochSecond(tag.tag().date()), ZoneOffset.UTC);
        sections.add(
            new ReleaseSection(
                tag.version(),
                tag.name(),
                Optional.ofNullable(previous).map(ReleaseTagFinder.ReleaseTag::name),
                Optional.of(date),
                commits));
        previous = tag;
      }
      Collections.reverse(sections);
      return sections;
    }
  }
}
