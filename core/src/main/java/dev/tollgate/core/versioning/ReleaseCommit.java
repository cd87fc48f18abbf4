package dev.tollgate.core.versioning;

import java.util.List;
import java.util.Objects;

/**
 * What the version policy and the changelog need to know about one commit, as plain values (built
 * from the Conventional Commits parser's result by {@link ReleaseCommits}).
 *
 * @param sha the full commit id
 * @param message the whole commit message (header, body and footers), line ends normalised to
 *     {@code \n}
 * @param type the Conventional Commits type, e.g. {@code feat}; {@code null} when the header is not
 *     a Conventional Commits header (or the commit is a merge, revert or fixup)
 * @param scope the scope as written between the parentheses; empty when none
 * @param subject the description after {@code ": "}; the header when {@code type} is null
 * @param breaking whether the commit declares a breaking change ({@code !} or a footer)
 * @param breakingNotes the text of each {@code BREAKING CHANGE:}/{@code BREAKING-CHANGE:} footer
 * @param merge whether the commit has more than one parent
 */
public record ReleaseCommit(
    String sha,
    String message,
    String type,
    String scope,
    String subject,
    boolean breaking,
    List<String> breakingNotes,
    boolean merge) {

  public ReleaseCommit {
    Objects.requireNonNull(sha, "sha");
    message = Objects.requireNonNullElse(message, "");
    scope = Objects.requireNonNullElse(scope, "");
    subject = Objects.requireNonNullElse(subject, "");
    breakingNotes = List.copyOf(breakingNotes);
  }

  /** Whether the header follows Conventional Commits. */
  public boolean conventional() {
    return type != null;
  }

  /** The first line of the message. */
  public String header() {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** The first seven characters of the id. */
  public String shortSha() {
    return sha.length() > 7 ? sha.substring(0, 7) : sha;
  }
}
