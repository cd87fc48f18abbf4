package dev.tollgate.core.git;

import java.util.Objects;

/**
 * A range of commits to check: reachable from {@code to}, not from {@code from}.
 *
 * @param from the exclusive lower bound (full commit id), or {@code null} for all history
 * @param to the inclusive upper bound (full commit id)
 * @param description how the range was chosen, for the log, e.g. {@code since release tag v1.2.0
 *     (1a2b3c4..9f8e7d6)}
 */
public record CommitRange(String from, String to, String description) {

  public CommitRange {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(description, "description");
  }

  /** Whether the range has a lower bound; without one it is all of {@code to}'s history. */
  public boolean isBounded() {
    return from != null;
  }
}
