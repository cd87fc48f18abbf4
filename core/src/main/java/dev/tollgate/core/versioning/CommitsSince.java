package dev.tollgate.core.versioning;

import dev.tollgate.core.git.GitRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Where checked history starts, for a repository that adopts the rules late ({@code
 * tollgate.commits.since}): a revision (tag, branch, commit), whose history is never checked, or a
 * date, before which commits are not checked. It only ever narrows the range chosen otherwise.
 *
 * @param commitId the commit whose history is left out, or {@code null}
 * @param notBefore the earliest committer time checked, or {@code null}
 * @param text the setting as written, for the log
 */
public record CommitsSince(String commitId, Instant notBefore, String text) {

  /** The setting. */
  public static final String PROPERTY = "tollgate.commits.since";

  /**
   * Reads the setting: {@code yyyy-MM-dd} (midnight UTC) or an ISO date-time with offset ({@code
   * 2024-05-01T12:00:00+02:00}) is a date; anything else must name a commit.
   *
   * @return empty when the setting is blank
   * @throws dev.tollgate.core.git.GitException when it is neither a date nor a known revision
   */
  public static Optional<CommitsSince> resolve(GitRepository git, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    Optional<Instant> date = date(text);
    if (date.isPresent()) {
      return Optional.of(new CommitsSince(null, date.get(), text));
    }
    return Optional.of(new CommitsSince(git.resolveCommit(text, PROPERTY), null, text));
  }

  /** The instant a date setting means, or empty when the text is no date. */
  static Optional<Instant> date(String text) {
    if (text.length() < 10 || !Character.isDigit(text.charAt(0)) || text.charAt(4) != '-') {
      return Optional.empty();
    }
    try {
      if (text.length() == 10) {
        return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** How the bound reads in the log: {@code since 2024-01-01} or {@code since v2.0.0 (1a2b3c4)}. */
  public String describe() {
    return commitId == null
        ? "committed since " + text
        : "after " + text + " (" + GitRepository.abbreviate(commitId) + ")";
  }
}
