package dev.tollgate.core.commits;

import java.util.List;
import java.util.Objects;

/**
 * The parts every message has, well-formed or not: the structural split into header, body and
 * footers.
 *
 * @param text the whole message, normalised: no BOM, {@code \n} line ends
 * @param header the first non-blank line, as written (trailing spaces included)
 * @param body the text between the header and the footers, without leading or trailing blank lines;
 *     empty when there is none
 * @param footers the footers (git trailers) of the last paragraphs, in order
 * @param blankBeforeBody whether a blank line separates the header from the body (true when there
 *     is no body)
 * @param blankBeforeFooters whether a blank line precedes the footers (true when there are none)
 * @param kind what kind of commit the text describes
 */
public record MessageParts(
    String text,
    String header,
    String body,
    List<Footer> footers,
    boolean blankBeforeBody,
    boolean blankBeforeFooters,
    CommitKind kind) {

  public MessageParts {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(kind, "kind");
    footers = List.copyOf(footers);
  }
}
