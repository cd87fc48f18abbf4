package dev.tollgate.core.commits;

/**
 * What git does to a message file before it records a commit with its default cleanup mode ({@code
 * strip}, used when an editor was involved): everything from the scissors line on is dropped, as
 * are comment lines; trailing whitespace is removed from every line, runs of blank lines become
 * one, and leading and trailing blank lines go. Pure; a commit-msg hook applies it before linting
 * {@code .git/COMMIT_EDITMSG}.
 *
 * <p>With {@code core.commentChar=auto}, git picks the comment character when it writes the message
 * file: the first of {@value #AUTO_CANDIDATES} that starts no line of the message it starts from. A
 * hook cannot see that message, so the character is read back from the comment lines git itself
 * wrote: its instruction line ({@code # with '#' will be ignored, …}, which quotes the character in
 * every language) or its scissors line; without either, git's default {@code #}.
 */
public final class GitMessageCleanup {

  private static final String SCISSORS = " ------------------------ >8 ------------------------";

  /** The characters git tries for {@code core.commentChar=auto}, in order ({@code commit.c}). */
  public static final String AUTO_CANDIDATES = "#;@!$%^&|:";

  private GitMessageCleanup() {}

  /**
   * The comment character git chose for a message file under {@code core.commentChar=auto}, read
   * from the comment lines git wrote into it; without them, git's rule applied to the text.
   *
   * @param text the message file's content
   */
  public static String autoCommentChar(String text) {
    String normalized = CommitMessageParser.normalize(text);
    String found = null;
    for (String line : normalized.split("\n", -1)) {
      if (line.length() < 2 || AUTO_CANDIDATES.indexOf(line.charAt(0)) < 0) {
        continue;
      }
      char c = line.charAt(0);
      boolean scissors = line.substring(1).equals(SCISSORS);
      boolean instruction = line.charAt(1) == ' ' && line.contains("'" + c + "'");
      if (scissors) {
        return String.valueOf(c);
      }
      if (instruction) {
        found = String.valueOf(c);
      }
    }
    return found == null ? unusedCandidate(normalized) : found;
  }

  /**
   * git's own choice over a text: the first candidate that starts no line (for a file without git's
   * comment lines, written with {@code -m} or {@code -F}, the text git started from).
   */
  static String unusedCandidate(String text) {
    for (char c : AUTO_CANDIDATES.toCharArray()) {
      boolean used = !text.isEmpty() && text.charAt(0) == c;
      for (int i = text.indexOf('\n'); i >= 0 && !used; i = text.indexOf('\n', i + 1)) {
        used = i + 1 < text.length() && text.charAt(i + 1) == c;
      }
      if (!used) {
        return String.valueOf(c);
      }
    }
    return "#";
  }

  /**
   * Cleans a message file's text.
   *
   * @param text the file's content (any line ends)
   * @param commentPrefix git's {@code core.commentChar} (or {@code core.commentString}); {@code
   *     null} or empty mean {@code #}, {@code auto} (any case) the character git chose ({@link
   *     #autoCommentChar})
   */
  public static String clean(String text, String commentPrefix) {
    String comment =
        commentPrefix == null || commentPrefix.isEmpty()
            ? "#"
            : commentPrefix.equalsIgnoreCase("auto") ? autoCommentChar(text) : commentPrefix;
    String normalized = CommitMessageParser.normalize(text);
    StringBuilder out = new StringBuilder(normalized.length());
    boolean pendingBlank = false;
    boolean started = false;
    int n = normalized.length();
    int start = 0;
    while (start <= n) {
      int nl = normalized.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      String line = normalized.substring(start, end);
      if (line.startsWith(comment)) {
        if (line.substring(comment.length()).equals(SCISSORS)) {
          break;
        }
      } else {
        String trimmed = line.stripTrailing();
        if (trimmed.isEmpty()) {
          pendingBlank = started;
        } else {
          if (pendingBlank) {
            out.append('\n');
          }
          out.append(trimmed).append('\n');
          pendingBlank = false;
          started = true;
        }
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out.toString();
  }
}
