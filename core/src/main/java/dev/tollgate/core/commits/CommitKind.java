package dev.tollgate.core.commits;

/**
 * What kind of commit a message describes, recognised from its text alone. Merge commits are better
 * recognised by their parent count; {@link #MERGE} only reflects git's default merge messages
 * ({@code Merge branch 'x'}, {@code Merge pull request #1 from …}).
 */
public enum CommitKind {
  /** An ordinary commit. */
  NORMAL,
  /** A message as git writes it for a merge: starts with {@code Merge }. */
  MERGE,
  /**
   * git's {@code Revert "…"} or {@code Reapply "…"} (not the Conventional {@code revert:} type).
   */
  REVERT,
  /** {@code fixup! …}: to be squashed by {@code git rebase --autosquash}. */
  FIXUP,
  /** {@code squash! …}: to be squashed by {@code git rebase --autosquash}. */
  SQUASH,
  /** {@code amend! …}: to be squashed by {@code git rebase --autosquash}. */
  AMEND,
  /** A release commit as Tollgate writes it: {@code chore(release): v1.2.3}. */
  RELEASE;

  /** Whether this is one of git's autosquash markers: fixup, squash or amend. */
  public boolean isAutosquash() {
    return this == FIXUP || this == SQUASH || this == AMEND;
  }
}
