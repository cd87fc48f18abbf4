package dev.tollgate.core.hooks;

/** Quoting for POSIX sh: any string becomes one word, whatever spaces, quotes or {@code $}. */
final class ShellQuote {

  private ShellQuote() {}

  /** The string in single quotes; a single quote inside becomes {@code '\''}. */
  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
