package dev.tollgate.core.versioning;

import dev.tollgate.core.ci.PullRequestTitle;
import dev.tollgate.core.commits.CleanMessageScreen;
import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.core.commits.CommitLinter;
import dev.tollgate.core.commits.CommitMessageParser;
import dev.tollgate.core.commits.ParsedMessage;
import dev.tollgate.core.git.CommitRange;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.RawMessageCheck;
import dev.tollgate.core.git.WalkResult;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the messages of a range of commits: resolves the range, streams the commits and lints each
 * one. Memory stays bounded by the findings, not by the history.
 */
public final class CommitRangeCheck {

  /**
   * What to check.
   *
   * @param directory a directory inside the git working tree
   * @param from the exclusive lower bound (any revision), or null for the default range
   * @param to the upper bound (any revision), or null for HEAD
   * @param tagFormat the release tag format for the default range, e.g. {@code v${version}}
   * @param maxCommits the most commits checked when the range has no lower bound; 0 for no limit
   * @param config the rules and ignores
   * @param since where checked history starts whatever the range ({@link CommitsSince}: a revision
   *     or a date), or null
   * @param prTitle whether a pull/merge request's title is checked as a header: {@code auto} (with
   *     the commits), {@code off}, or {@code only} (instead of the commits, in a pull/merge request
   *     build; elsewhere the commits as usual)
   */
  public record Request(
      Path directory,
      String from,
      String to,
      String tagFormat,
      int maxCommits,
      CommitLintConfig config,
      String since,
      String prTitle) {

    /** A request with the pull request title checked along with the commits. */
    public Request(
        Path directory,
        String from,
        String to,
        String tagFormat,
        int maxCommits,
        CommitLintConfig config,
        String since) {
      this(directory, from, to, tagFormat, maxCommits, config, since, "auto");
    }

    /** A request without {@code since}. */
    public Request(
        Path directory,
        String from,
        String to,
        String tagFormat,
        int maxCommits,
        CommitLintConfig config) {
      this(directory, from, to, tagFormat, maxCommits, config, null);
    }
  }

  /**
   * What was found.
   *
   * @param report the findings, under the goal name {@code commits}
   * @param range the range that was checked; {@code null} in a repository without commits
   * @param checked how many commits were linted
   * @param ignored how many commits were skipped by the ignores
   * @param notes lines for the log: the range, the counts, a truncated walk
   */
  public record Result(
      Report report, CommitRange range, int checked, int ignored, List<String> notes) {}

  private CommitRangeCheck() {}

  /**
   * Runs the check.
   *
   * @throws dev.tollgate.core.git.GitException for git problems (unknown revision, shallow clone)
   * @throws IllegalArgumentException for an invalid configuration
   */
  public static Result run(Request request, Map<String, String> env) {
    CommitLinter linter = new CommitLinter(request.config());
    Optional<String> title = pullRequestTitle(request.prTitle(), env);
    List<Finding> titleFindings = new ArrayList<>();
    title.ifPresent(
        t ->
            linter.lint(t).stream()
                .map(
                    f ->
                        new Finding(
                            f.ruleId(),
                            f.severity(),
                            f.location(),
                            "pull request title " + f.message(),
                            "edit the pull request's title: " + f.hint()))
                .forEach(titleFindings::add));
    if (title.isPresent() && "only".equals(request.prTitle())) {
      return new Result(
          new Report("commits", titleFindings),
          null,
          1,
          0,
          List.of(
              "Checked the pull request title only (tollgate.commits.prTitle=only): its commits"
                  + " are squashed into one with that title."));
    }
    Result commits = runRange(request, env, linter);
    if (title.isEmpty()) {
      return commits;
    }
    titleFindings.addAll(commits.report().findings());
    List<String> notes = new ArrayList<>(commits.notes());
    notes.add("Checked the pull request title as a commit header (tollgate.commits.prTitle).");
    return new Result(
        new Report("commits", titleFindings),
        commits.range(),
        commits.checked(),
        commits.ignored(),
        notes);
  }

  /**
   * The title to check, if any.
   *
   * @throws IllegalArgumentException for a mode other than auto, off, only, or an unreadable GitHub
   *     event payload
   */
  private static Optional<String> pullRequestTitle(String mode, Map<String, String> env) {
    String m = mode == null || mode.isBlank() ? "auto" : mode;
    if (!List.of("auto", "off", "only").contains(m)) {
      throw new IllegalArgumentException(
          "tollgate.commits.prTitle: unknown value '" + mode + "'; use one of: auto, off, only");
    }
    if (m.equals("off")) {
      return Optional.empty();
    }
    try {
      return PullRequestTitle.read(env);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the pull request title: "
              + e.getMessage()
              + "; set tollgate.commits.prTitle=off to check the commits only");
    }
  }

  private static Result runRange(Request request, Map<String, String> env, CommitLinter linter) {
    try (GitRepository git = GitRepository.open(request.directory())) {
      if ((request.to() == null || request.to().isBlank()) && git.isUnborn()) {
        return new Result(
            new Report("commits", List.of()),
            null,
            0,
            0,
            List.of("No commits yet: nothing to check."));
      }
      CommitRange range =
          CommitRangeResolver.resolveUnordered(
              git, request.from(), request.to(), env, request.tagFormat());
      Optional<CommitsSince> since = CommitsSince.resolve(git, request.since());
      List<String> excluded = new ArrayList<>(2);
      if (range.from() != null) {
        excluded.add(range.from());
      }
      since.map(CommitsSince::commitId).ifPresent(excluded::add);
      List<Finding> findings = new ArrayList<>();
      int[] ignored = {0};
      int limit = range.isBounded() || since.isPresent() ? 0 : Math.max(0, request.maxCommits());
      // most messages of a conventional history are proven clean from their bytes alone
      RawMessageCheck clean =
          CleanMessageScreen.of(request.config())
              .map(s -> (RawMessageCheck) s::isClean)
              .orElse(null);
      WalkResult walk =
          git.log(
              excluded,
              range.to(),
              since.map(CommitsSince::notBefore).orElse(null),
              limit,
              clean,
              commit -> {
                ParsedMessage parsed = CommitMessageParser.parse(commit.message());
                if (linter.ignoreReason(parsed, commit.parentCount()).isPresent()) {
                  ignored[0]++;
                } else {
                  findings.addAll(
                      linter.lint(parsed, dev.tollgate.core.report.Location.commit(commit.id())));
                }
              });
      List<String> notes = new ArrayList<>();
      notes.add(
          "Commits "
              + range.description()
              + since
                  .map(x -> ", only those " + x.describe() + " (tollgate.commits.since)")
                  .orElse(""));
      if (walk.commits() == 0) {
        CommitRangeResolver.requireOrdered(git, range, request.from(), request.to());
        notes.add("No commits in the range: nothing to check.");
      } else {
        notes.add(
            "Checked "
                + (walk.commits() - ignored[0])
                + " commit message(s)"
                + (ignored[0] > 0
                    ? ", skipped " + ignored[0] + " (merges, reverts, fixups, ignore patterns)"
                    : "")
                + " with the "
                + request.config().preset()
                + " rules.");
      }
      if (walk.truncated()) {
        notes.add(
            "Stopped after the newest "
                + walk.commits()
                + " commits (tollgate.commits.maxCommits); set tollgate.commits.from, tag a release,"
                + " or raise tollgate.commits.maxCommits (0 = no limit) to check the rest.");
      }
      return new Result(
          new Report("commits", findings), range, walk.commits() - ignored[0], ignored[0], notes);
    }
  }
}
