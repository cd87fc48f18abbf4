package dev.tollgate.core.files;

/** A check over the lines of text files. Stateless; its per-file state lives in the visitor. */
public non-sealed interface LineCheck extends Check {

  /** No line ending: the last line of a file that does not end with a newline. */
  int EOL_NONE = 0;

  /** The line ended with {@code \n}. */
  int EOL_LF = 1;

  /** The line ended with {@code \r\n}. */
  int EOL_CRLF = 2;

  /**
   * Not the end of the line: an overlong line is handed over in pieces, each but the last with this
   * ending; every piece has the line's number.
   */
  int EOL_CONTINUED = 3;

  /**
   * Whether the check also reads text that git calls binary: UTF-16 (decoded to UTF-8) and text
   * with a stray NUL byte. Whitespace checks do not (git and pre-commit-hooks leave such files
   * alone); the secrets check does.
   */
  default boolean readsTextGitCallsBinary() {
    return false;
  }

  /**
   * Starts a text file.
   *
   * @return the visitor that sees this file's lines, or {@code null} to skip the file
   */
  Visitor open(FileInfo file, FindingSink sink);

  /** Sees one file's lines in order; then {@link #end}. */
  interface Visitor {

    /**
     * One line: {@code bytes[start, end)} without its line ending.
     *
     * @param eol {@link #EOL_NONE}, {@link #EOL_LF}, {@link #EOL_CRLF} or {@link #EOL_CONTINUED}
     * @param number 1-based line number
     */
    void line(byte[] bytes, int start, int end, int eol, int number);

    /** After the last line; {@code lines} is how many there were. */
    default void end(int lines) {}
  }
}
