package dev.tollgate.core.commits;

import java.util.Objects;

/**
 * A message whose header is not a Conventional Commits header, with what is wrong and where.
 *
 * @param problem what is wrong
 * @param column the 1-based column in the header where the problem is
 * @param parts the header, body, footers and kind (which tells merges, reverts and fixups apart)
 */
public record ParseError(Problem problem, int column, MessageParts parts) implements ParsedMessage {

  /** What can be wrong with a header. */
  public enum Problem {
    /** The message has no non-blank line. */
    EMPTY_MESSAGE("the message is empty"),
    /** The header starts with a space or tab. */
    LEADING_WHITESPACE("the header starts with whitespace"),
    /** The header does not start with a type. */
    MISSING_TYPE("the header does not start with a type (letters, digits, '_' or '-')"),
    /** A {@code (} opens a scope that is never closed. */
    UNCLOSED_SCOPE("the scope is not closed with ')'"),
    /** The parentheses are empty. */
    EMPTY_SCOPE("the scope between '(' and ')' is empty"),
    /** No {@code :} after the type, scope and {@code !}. */
    MISSING_COLON("expected ':' after the type, scope and optional '!'"),
    /** The colon is not followed by a space. */
    MISSING_SPACE("expected a space after ':'"),
    /** Nothing after {@code ": "}. */
    EMPTY_DESCRIPTION("the description after ': ' is empty");

    private final String text;

    Problem(String text) {
      this.text = text;
    }

    /** A short, lower-case explanation. */
    public String text() {
      return text;
    }
  }

  public ParseError {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(parts, "parts");
    if (column < 1) {
      throw new IllegalArgumentException("column must be >= 1");
    }
  }

  /** What is wrong and where: {@code expected ':' after the type… (column 7)}. */
  public String explanation() {
    return problem.text() + " (column " + column + ")";
  }
}
