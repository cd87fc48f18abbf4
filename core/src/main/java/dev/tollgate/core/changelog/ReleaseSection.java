package dev.tollgate.core.changelog;

import dev.tollgate.core.versioning.ReleaseCommit;
import dev.tollgate.core.versioning.SemanticVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One release of a changelog, as plain values.
 *
 * @param version the release's version
 * @param tagName the release's tag name, e.g. {@code v1.2.0}
 * @param previousTagName the previous release's tag name, for compare links; empty on a first
 *     release
 * @param date the release date; empty for an unreleased section
 * @param commits the release's commits, newest first (as {@code git log} lists them)
 */
public record ReleaseSection(
    SemanticVersion version,
    String tagName,
    Optional<String> previousTagName,
    Optional<LocalDate> date,
    List<ReleaseCommit> commits) {

  public ReleaseSection {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(tagName, "tagName");
    Objects.requireNonNull(previousTagName, "previousTagName");
    Objects.requireNonNull(date, "date");
    commits = List.copyOf(commits);
  }
}
