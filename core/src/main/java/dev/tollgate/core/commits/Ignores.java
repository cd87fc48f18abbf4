package dev.tollgate.core.commits;

import java.util.List;

/**
 * Which commits are not linted. The text matches are commitlint 20's default ignores, applied to
 * the whole message as commitlint applies them.
 *
 * @param merges skip merge commits: git's and hosting services' merge messages (a line {@code Merge
 *     branch …}, {@code Merge pull request …}, {@code Merge … into …}, {@code Merge tag …}, …) and,
 *     with {@code mergesByParents}, any commit with two or more parents
 * @param reverts skip {@code Revert …} and {@code Reapply …} commits (either case of the first
 *     letter, as commitlint)
 * @param fixups skip {@code fixup!}, {@code squash!} and {@code amend!} commits in a range; with
 *     {@code false} they are rejected there (for protected branches, where they should have been
 *     squashed). The commit-msg hook always lets them through: they are made to be squashed
 * @param patterns RE2 patterns: a commit whose header contains a match is skipped
 * @param mergesByParents whether a commit with two or more parents is a merge whatever its text
 *     (the commit-msg hook knows it from {@code MERGE_HEAD}); {@code false} matches by text only,
 *     as commitlint does
 * @param versions skip commits whose first line is only a version ({@code v21.2.2}, {@code
 *     chore(release): 1.2.3 [skip ci]}), as commitlint does
 * @param texts whose text matches apply: commitlint's or commitizen's
 */
public record Ignores(
    boolean merges,
    boolean reverts,
    boolean fixups,
    List<String> patterns,
    boolean mergesByParents,
    boolean versions,
    Texts texts) {

  /** Which tool's message matches recognise merges, reverts and fixups. */
  public enum Texts {
    /** commitlint 20's default ignores (see {@link DefaultIgnores}). */
    COMMITLINT,
    /**
     * commitizen 4's {@code allowed_prefixes}: a message starting with {@code Merge} or {@code Pull
     * request} (merges), {@code Revert} (reverts), {@code fixup!}, {@code squash!} or {@code
     * amend!}.
     */
    COMMITIZEN
  }

  /** Every ignore on, no patterns. */
  public static final Ignores DEFAULTS = new Ignores(true, true, true, List.of());

  /** commitizen's {@code cz check}: its allowed prefixes, merges by text only, no version rule. */
  public static final Ignores COMMITIZEN =
      new Ignores(true, true, true, List.of(), false, false, Texts.COMMITIZEN);

  public Ignores {
    patterns = List.copyOf(patterns);
    java.util.Objects.requireNonNull(texts, "texts");
  }

  /** Ignores with merges recognised by parents and text and version-only headers skipped. */
  public Ignores(boolean merges, boolean reverts, boolean fixups, List<String> patterns) {
    this(merges, reverts, fixups, patterns, true, true, Texts.COMMITLINT);
  }

  /** Ignores with commitlint's text matches. */
  public Ignores(
      boolean merges,
      boolean reverts,
      boolean fixups,
      List<String> patterns,
      boolean mergesByParents,
      boolean versions) {
    this(merges, reverts, fixups, patterns, mergesByParents, versions, Texts.COMMITLINT);
  }
}
