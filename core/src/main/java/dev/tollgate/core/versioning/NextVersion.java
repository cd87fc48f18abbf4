package dev.tollgate.core.versioning;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes the next version of a repository, as {@code release:next} reports it and {@code
 * release:prepare} uses it: finds the previous release tag reachable from {@code to} ({@link
 * ReleaseTags#reachable}), streams the commits since the last final release through the
 * Conventional Commits parser, applies the bump policy and the version arithmetic of {@link
 * VersionCalculator}.
 *
 * <p>Never guesses: a shallow clone whose history ends inside the range, or a range holding a
 * release commit ({@code chore(release): v1.2.0}) that no release tag points at (tags not fetched),
 * fails with the command that fixes it.
 */
public final class NextVersion {

  private NextVersion() {}

  /**
   * Computes the next version of the repository containing {@code dir}.
   *
   * @throws GitException when the repository cannot answer (no repository, unknown ref, shallow
   *     clone, tags missing), with the fix
   * @throws IllegalArgumentException for an invalid explicit version
   */
  public static NextVersionResult compute(Path dir, NextVersionOptions options) {
    try (GitRepository git = GitRepository.open(dir)) {
      return compute(git, options);
    }
  }

  /** Computes the next version from an open repository. */
  public static NextVersionResult compute(GitRepository git, NextVersionOptions options) {
    TagFormat format = options.tagFormat();
    String to = git.resolveCommit(options.to(), "tollgate.release.to");
    Optional<String> previousTag;
    String latestCommit = null;
    String finalCommit = null;
    SemanticVersion latest = null;
    SemanticVersion lastFinal = null;
    if (options.from() != null) {
      String from = git.resolveCommit(options.from(), "tollgate.release.from");
      previousTag = Optional.of(options.from());
      latestCommit = from;
      finalCommit = from;
      Optional<SemanticVersion> named = format.versionOf(options.from());
      if (named.isEmpty() && git.tagExists(options.from())) {
        throw new IllegalArgumentException(
            "tollgate.release.from names tag "
                + options.from()
                + ", which does not match the tag format '"
                + format.template()
                + "', so its version is unknown; set tollgate.tagFormat to the format the"
                + " project's tags use (e.g. ${version} for plain 1.2.3 tags) or name a tag that"
                + " matches");
      }
      if (named.isEmpty()) {
        // a sha or branch: the release tags reachable from it give the version
        named =
            ReleaseTags.reachable(git, from, format).latest().map(ReleaseTags.ReleaseTag::version);
      }
      latest = named.orElse(null);
      if (latest != null && !latest.isPreRelease()) {
        lastFinal = latest;
      }
    } else {
      ReleaseTags.Reachable r = ReleaseTags.reachable(git, to, format);
      previousTag = r.latest().map(ReleaseTags.ReleaseTag::name);
      if (r.latest().isPresent()) {
        latest = r.latest().get().version();
        latestCommit = r.latest().get().commitId();
      }
      if (r.lastFinal().isPresent()) {
        lastFinal = r.lastFinal().get().version();
        finalCommit = r.lastFinal().get().commitId();
      }
    }

    List<ReleaseCommit> range = new ArrayList<>();
    String[] releaseAs = new String[2];
    BreakingNotes notes = options.breakingNotes();
    boolean explicitFrom = options.from() != null;
    int walked =
        git.walk(
                finalCommit,
                to,
                0,
                true,
                commit -> {
                  for (ReleaseCommit rc :
                      ReleaseCommits.ofAll(
                          commit.id(), commit.message(), commit.parentCount(), notes)) {
                    // with an explicit from the user has said where the previous release is
                    if (!explicitFrom
                        && ReleaseCommits.isReleaseCommit(rc.message())
                        && !isTagged(git, rc, format)) {
                      throw new GitException(missingTagsMessage(rc, format));
                    }
                    if (releaseAs[0] == null && rc.conventional()) {
                      String asked = ReleaseCommits.releaseAs(rc.message());
                      if (asked != null) {
                        releaseAs[0] = asked;
                        releaseAs[1] = rc.shortSha();
                      }
                    }
                    range.add(rc);
                  }
                })
            .commits();
    NextVersionOptions applied = options;
    if (releaseAs[0] != null && options.explicitVersion() == null && options.increment() == null) {
      // release-please: the newest Release-As footer since the last release names the version
      if (SemanticVersion.tryParse(releaseAs[0]).isEmpty()) {
        throw new IllegalArgumentException(
            "commit "
                + releaseAs[1]
                + " has the footer 'Release-As: "
                + releaseAs[0]
                + "', which is not a semantic version; amend the footer or set"
                + " tollgate.release.version");
      }
      applied = options.withExplicitVersion(releaseAs[0]);
    }

    int sinceLatest = walked;
    if (latestCommit != null && !latestCommit.equals(finalCommit)) {
      sinceLatest = git.walk(latestCommit, to, 0, commit -> {}).commits();
    }

    BumpPolicy policy = options.policy();
    BumpLevel raw = policy.levelOf(range);
    VersionCalculator.Calculation calc =
        VersionCalculator.calculate(
            new VersionCalculator.State(latest, lastFinal, raw, sinceLatest), applied);
    List<ReleaseCommit> decisive = new ArrayList<>();
    if (applied.increment() == null && applied.explicitVersion() == null && raw != BumpLevel.NONE) {
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
        walked,
        decisive,
        calc.level(),
        calc.next(),
        calc.reason(),
        range);
  }

  // a release commit `chore(release): v1.2.0` must carry the tag the format names for 1.2.0
  private static boolean isTagged(GitRepository git, ReleaseCommit release, TagFormat format) {
    String subject = release.subject();
    String text =
        subject.startsWith("v") || subject.startsWith("V") ? subject.substring(1) : subject;
    int space = text.indexOf(' ');
    Optional<SemanticVersion> version =
        SemanticVersion.tryParse(space < 0 ? text : text.substring(0, space));
    if (version.isEmpty()) {
      return true; // not a version we can name a tag for: do not guess either way
    }
    return git.peelTag(format.tagFor(version.get()))
        .map(id -> id.equals(release.sha()))
        .orElse(false);
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
