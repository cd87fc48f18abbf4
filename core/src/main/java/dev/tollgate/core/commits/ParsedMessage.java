package dev.tollgate.core.commits;

import java.util.List;

/**
 * What {@link CommitMessageParser#parse(String)} returns: a {@link ConventionalCommit}, or a {@link
 * ParseError} saying what is wrong in the header and at which column. Both carry the message's
 * {@link MessageParts}, so rules about bodies and footers apply to either.
 */
public sealed interface ParsedMessage permits ConventionalCommit, ParseError {

  /** The structural parts of the message. */
  MessageParts parts();

  /** Whether the header is a well-formed Conventional Commits header. */
  default boolean isConventional() {
    return this instanceof ConventionalCommit;
  }

  /** The first non-blank line, as written. */
  default String header() {
    return parts().header();
  }

  /** The body without the footers; empty when there is none. */
  default String body() {
    return parts().body();
  }

  /** The footers, in order. */
  default List<Footer> footers() {
    return parts().footers();
  }

  /** What kind of commit the text describes. */
  default CommitKind kind() {
    return parts().kind();
  }
}
