package dev.tollgate.core.tasks;

/** Quoting for POSIX sh: any string becomes one word, whatever spaces, quotes or {@code $}. */
public final class ShellQuote {

  private ShellQuote() {}

  /** The string in single quotes; a single quote inside becomes {@code '\''}. */
  public static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
