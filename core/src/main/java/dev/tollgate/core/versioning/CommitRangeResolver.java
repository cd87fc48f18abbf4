package dev.tollgate.core.versioning;

import static dev.tollgate.core.git.GitRepository.abbreviate;

import dev.tollgate.core.ci.CiDetector;
import dev.tollgate.core.ci.CiEnvironment;
import dev.tollgate.core.git.CommitRange;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.versioning.ReleaseTags.ReleaseTag;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the commits a range check covers. Explicit {@code from}/{@code to} win; otherwise, on a
 * CI pull/merge request, {@code merge-base(base, HEAD)..HEAD}; otherwise the commits since the
 * latest release tag reachable from HEAD; otherwise all of HEAD's history.
 */
public final class CommitRangeResolver {

  private CommitRangeResolver() {}

  /**
   * Resolves the range.
   *
   * @param from the exclusive lower bound as given by the user (any revision), or null/blank
   * @param to the upper bound as given by the user, or null/blank for {@code HEAD}
   * @param env the environment variables (for CI detection)
   * @param tagFormat the release tag format, e.g. {@code v${version}}
   * @throws GitException when a revision cannot be resolved, with the fix, or {@code from} comes
   *     after {@code to}
   */
  public static CommitRange resolve(
      GitRepository git, String from, String to, Map<String, String> env, String tagFormat) {
    CommitRange range = resolveUnordered(git, from, to, env, tagFormat);
    requireOrdered(git, range, from, to);
    return range;
  }

  /**
   * Resolves the range without proving that {@code from} does not come after {@code to}: that proof
   * walks the whole history between them, so a caller that walks the range anyway calls {@link
   * #requireOrdered} only when its walk found nothing (the one case a swapped range shows).
   */
  public static CommitRange resolveUnordered(
      GitRepository git, String from, String to, Map<String, String> env, String tagFormat) {
    boolean hasFrom = from != null && !from.isBlank();
    boolean hasTo = to != null && !to.isBlank();
    String toRev = hasTo ? to.strip() : "HEAD";
    String toId = git.resolveCommit(toRev, hasTo ? "tollgate.commits.to" : "HEAD");
    if (hasFrom) {
      String fromId = git.resolveCommit(from.strip(), "tollgate.commits.from");
      return new CommitRange(
          fromId,
          toId,
          from.strip() + ".." + toRev + " (" + abbreviate(fromId) + ".." + abbreviate(toId) + ")");
    }
    if (hasTo) {
      return new CommitRange(null, toId, "all history of " + toRev + " (no tollgate.commits.from)");
    }
    Optional<CiEnvironment> ci = CiDetector.detect(env);
    if (ci.isPresent() && ci.get().isPullRequest()) {
      return pullRequest(git, ci.get(), toId);
    }
    Optional<ReleaseTag> release = ReleaseTags.latestReachable(git, toId, tagFormat);
    if (release.isPresent()) {
      String tagId = release.get().commitId();
      return new CommitRange(
          tagId,
          toId,
          "since release tag "
              + release.get().name()
              + " ("
              + abbreviate(tagId)
              + ".."
              + abbreviate(toId)
              + ")");
    }
    if (git.isShallow()) {
      throw new GitException(
          "no release tag matching "
              + tagFormat
              + " is reachable from HEAD in this shallow clone, so the commits to check are"
              + " unknown; "
              + GitRepository.UNSHALLOW_FIX
              + ", or set tollgate.commits.from");
    }
    List<dev.tollgate.core.git.GitTag> tags = git.tags();
    String hint =
        ReleaseTags.releases(tags, tagFormat).isEmpty()
            ? TagFormatHint.forTags(tags.stream().map(t -> t.name()).toList())
                .map(h -> "; " + h)
                .orElse(" yet")
            : " reachable from HEAD";
    return new CommitRange(
        null, toId, "all history of HEAD (no release tag matching " + tagFormat + hint + ")");
  }

  private static CommitRange pullRequest(GitRepository git, CiEnvironment ci, String headId) {
    String base = ci.pullRequestBase().orElseThrow();
    List<String> candidates = List.of("refs/remotes/origin/" + base, "refs/heads/" + base, base);
    String baseId = null;
    String baseRev = null;
    for (String candidate : candidates) {
      Optional<String> id = git.findCommit(candidate);
      if (id.isPresent()) {
        baseId = id.get();
        baseRev =
            candidate.startsWith("refs/")
                ? candidate.substring(candidate.indexOf('/', 5) + 1)
                : candidate;
        break;
      }
    }
    if (baseId == null) {
      throw new GitException(
          ci.system()
              + " builds a pull request into '"
              + base
              + "', but neither origin/"
              + base
              + " nor "
              + base
              + " exists in the clone; fetch it (git fetch origin "
              + base
              + ":refs/remotes/origin/"
              + base
              + "; actions/checkout: 'fetch-depth: 0') or set tollgate.commits.from");
    }
    Optional<String> mergeBase = git.mergeBase(baseId, headId);
    if (mergeBase.isEmpty()) {
      throw new GitException(
          "HEAD and "
              + baseRev
              + " share no history"
              + (git.isShallow() ? " in this shallow clone; " + GitRepository.UNSHALLOW_FIX : "")
              + "; set tollgate.commits.from to the first commit of the pull request's parent");
    }
    String mb = mergeBase.get();
    return new CommitRange(
        mb,
        headId,
        ci.system()
            + " pull request into "
            + base
            + ": merge-base("
            + baseRev
            + ", HEAD)..HEAD ("
            + abbreviate(mb)
            + ".."
            + abbreviate(headId)
            + ")");
  }

  /**
   * Fails when the user's {@code from} comes after {@code to} (the range would be empty).
   *
   * @param from the lower bound as the user gave it, or null/blank (then nothing to check)
   * @param to the upper bound as the user gave it, or null/blank for {@code HEAD}
   * @throws GitException naming both and the fix
   */
  public static void requireOrdered(GitRepository git, CommitRange range, String from, String to) {
    if (from == null || from.isBlank() || range.from() == null) {
      return;
    }
    if (!range.from().equals(range.to()) && git.isAncestor(range.to(), range.from())) {
      throw new GitException(
          "tollgate.commits.from ("
              + from.strip()
              + ") comes after tollgate.commits.to ("
              + (to == null || to.isBlank() ? "HEAD" : to.strip())
              + "), so the range is empty; swap them: from is the older, excluded end");
    }
  }
}
