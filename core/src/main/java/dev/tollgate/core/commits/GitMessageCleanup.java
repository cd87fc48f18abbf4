package dev.tollgate.core.commits;

/**
 * What git does to a message file before it records a commit with its default cleanup mode ({@code
 * strip}, used when an editor was involved): everything from the scissors line on is dropped, as
 * are comment lines; trailing whitespace is removed from every line, runs of blank lines become
 * one, and leading and trailing blank lines go. Pure; a commit-msg hook applies it before linting
 * {@code .git/COMMIT_EDITMSG}.
 */
public final class GitMessageCleanup {

  private static final String SCISSORS = " ------------------------ >8 ------------------------";

  private GitMessageCleanup() {}

  /**
   * Cleans a message file's text.
   *
   * @param text the file's content (any line ends)
   * @param commentPrefix git's {@code core.commentChar} (or {@code core.commentString}); {@code
   *     null}, empty or {@code auto} mean {@code #}
   */
  public static String clean(String text, String commentPrefix) {
    String comment =
        commentPrefix == null || commentPrefix.isEmpty() || commentPrefix.equals("auto")
            ? "#"
            : commentPrefix;
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
