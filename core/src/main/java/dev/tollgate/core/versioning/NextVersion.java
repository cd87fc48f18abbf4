package dev.tollgate.core.versioning;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitHistory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Computes the next version of a repository, as {@code release:next} reports it and {@code
 * release:prepare} uses it: finds the previous release tag reachable from {@code to}, reads the
 * commits since the last final release through the Conventional Commits parser, applies the bump
 * policy and the version arithmetic of {@link VersionCalculator}.
 *
 * <p>Never guesses: a shallow clone whose history ends inside the range, or a range holding a
 * release commit ({@code chore(release): v1.2.0}) while no release tag is reachable (tags not
 * fetched), fails with the command that fixes it.
 */
public final class NextVersion {

  private NextVersion() {}

  /** Computes the next version of the repository containing {@code dir}. */
  public static NextVersionResult compute(Path dir, NextVersionOptions options)
      throws GitException {
    try (GitHistory git = GitHistory.open(dir)) {
      return compute(git, options);
    }
  }

  /** Computes the next version from an open repository. */
  public static NextVersionResult compute(GitHistory git, NextVersionOptions options)
      throws GitException {
    ObjectId to = git.resolveCommit(options.to());
    Set<ObjectId> shallow = git.shallowBoundary();
    List<ReleaseTagFinder.ReleaseTag> releaseTags =
        ReleaseTagFinder.releaseTags(git, options.tagFormat());
    Set<ObjectId> tagged = new HashSet<>();
    for (ReleaseTagFinder.ReleaseTag t : releaseTags) {
      tagged.add(t.tag().commit());
    }
    Optional<String> previousTag;
    ObjectId latestCommit = null;
    ObjectId finalCommit = null;
    SemanticVersion latest = null;
    SemanticVersion lastFinal = null;
    if (options.from() != null) {
      ObjectId from = git.resolveCommit(options.from());
      previousTag = Optional.of(options.from());
      latestCommit = from;
      Optional<SemanticVersion> named = options.tagFormat().versionOf(options.from());
      if (named.isEmpty()) {
        // a sha or branch: the release tags reachable from it give the version
        ReleaseTagFinder.Reachable r = ReleaseTagFinder.find(git, from, releaseTags);
        named = r.latest().map(ReleaseTagFinder.ReleaseTag::version);
      }
      latest = named.orElse(null);
      if (latest != null && !latest.isPreRelease()) {
        lastFinal = latest;
      }
      finalCommit = from;
    } else {
      ReleaseTagFinder.Reachable r = ReleaseTagFinder.find(git, to, releaseTags);
      previousTag = r.latest().map(ReleaseTagFinder.ReleaseTag::name);
      if (r.latest().isPresent()) {
        latest = r.latest().get().version();
        latestCommit = r.latest().get().tag().commit();
      }
      if (r.lastFinal().isPresent()) {
        lastFinal = r.lastFinal().get().version();
        finalCommit = r.lastFinal().get().tag().commit();
      }
    }

    List<ReleaseCommit> range = new ArrayList<>();
    String rangeText =
        (finalCommit == null ? "" : shortName(finalCommit, previousTag) + "..") + options.to();
    git.walk(
        to,
        finalCommit == null ? List.of() : List.of(finalCommit),
        true,
        commit -> {
          if (shallow.contains(commit)) {
            throw new GitException(shallowMessage(rangeText, commit.name()));
          }
          ReleaseCommit rc =
              ReleaseCommits.of(
                  commit.name(),
                  commit.getFullMessage(),
                  commit.getParentCount(),
                  commit.getCommitTime());
          if (!tagged.contains(commit) && ReleaseCommits.isReleaseCommit(rc.message())) {
            throw new GitException(missingTagsMessage(rc, options.tagFormat()));
          }
          range.add(rc);
          return true;
        });

    int sinceLatest = range.size();
    if (latestCommit != null && !latestCommit.equals(finalCommit)) {
      int[] count = {0};
      git.walk(
          to,
          List.of(latestCommit),
          false,
          commit -> {
            count[0]++;
            return true;
          });
      sinceLatest = count[0];
    }

    BumpPolicy policy = options.policy();
    BumpLevel raw = BumpLevel.NONE;
    for (ReleaseCommit c : range) {
      raw = raw.max(policy.levelOf(c));
    }
    VersionCalculator.Calculation calc =
        VersionCalculator.calculate(
            new VersionCalculator.State(latest, lastFinal, raw, sinceLatest), options);
    List<ReleaseCommit> decisive = new ArrayList<>();
    if (options.increment() == null && options.explicitVersion() == null && raw != BumpLevel.NONE) {
      for (ReleaseCommit c : range) {
        if (policy.levelOf(c) == raw) {
          decisive.add(c);
          if (decisive.size() == NextVersionResult.MAX_DECISIVE) {
            break;
          }
        }
      }
    }
    return new NextVersionResult(
        previousTag,
        Optional.ofNullable(latest),
        range.size(),
        decisive,
        calc.level(),
        calc.next(),
        calc.reason(),
        range);
  }

  private static String shortName(ObjectId commit, Optional<String> tag) {
    return tag.orElse(commit.abbreviate(7).name());
  }

  static String shallowMessage(String range, String boundary) {
    return "the clone is shallow: its history ends at "
        + boundary.substring(0, 7)
        + " inside the release range "
        + range
        + ", so the previous release and the commits since it cannot be known."
        + " Fetch the whole history and the tags: git fetch --unshallow --tags"
        + " (GitHub Actions: actions/checkout with fetch-depth: 0;"
        + " GitLab CI: GIT_DEPTH: 0)";
  }

  static String missingTagsMessage(ReleaseCommit release, TagFormat format) {
    return "commit "
        + release.shortSha()
        + " '"
        + release.header()
        + "' is a release commit, but no release tag matching '"
        + format.template()
        + "' points at it: the tags were not fetched or use another format."
        + " Fetch them (git fetch --tags origin; GitHub Actions: actions/checkout with"
        + " fetch-depth: 0 and fetch-tags: true) or set tollgate.release.tagFormat"
        + " (e.g. ${version} for plain 1.2.3 tags)";
  }
}
