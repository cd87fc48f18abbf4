package dev.tollgate.core.files;

import java.util.Locale;

/** The line endings text files must use. */
public enum LineEndings {
  /** Every line ends with LF ({@code \n}). */
  LF,
  /** Every line ends with CR LF ({@code \r\n}). */
  CRLF,
  /** Either, but one per file: mixed files are findings and are fixed to their majority. */
  AUTO,
  /** Any, even mixed: nothing is reported or changed (git's {@code -text}). Not a setting. */
  KEEP;

  /**
   * Parses {@code lf}, {@code crlf} or {@code auto}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static LineEndings parse(String text) {
    String word = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "lf" -> LF;
      case "crlf" -> CRLF;
      case "auto" -> AUTO;
      default ->
          throw new IllegalArgumentException(
              "unknown line ending '" + text + "'; use one of: lf, crlf, auto");
    };
  }
}
