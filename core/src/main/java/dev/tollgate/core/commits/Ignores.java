package dev.tollgate.core.commits;

import java.util.List;

/**
 * Which commits are not linted.
 *
 * @param merges skip merge commits (two or more parents; git's merge message text in hook mode)
 * @param reverts skip git's {@code Revert "…"} and {@code Reapply "…"} commits
 * @param fixups skip {@code fixup!}, {@code squash!} and {@code amend!} commits; with {@code false}
 *     they are rejected (for protected branches, where they should have been squashed)
 * @param patterns RE2 patterns: a commit whose header contains a match is skipped
 */
public record Ignores(boolean merges, boolean reverts, boolean fixups, List<String> patterns) {

  /** Every ignore on, no patterns. */
  public static final Ignores DEFAULTS = new Ignores(true, true, true, List.of());

  public Ignores {
    patterns = List.copyOf(patterns);
  }
}
