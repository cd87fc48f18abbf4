package dev.tollgate.core.tools;

import java.util.Set;

/**
 * A line read of a YAML file that proves it has nothing to report without building its tree (a
 * pinned repository's files are read this way; parsing them all would cost more than the rest of
 * {@code quality:pins}). Conservative: every line that mentions a judged key must be a one-line
 * {@code [- ]key: value} whose value passes the same rule the tree scan applies; anything else
 * (flow collections, block scalars, aliases, tags, values on the next line, a failing value)
 * answers {@code false} and the file is parsed. Loads no YAML class.
 */
final class YamlLines {

  /** The rule for one judged key's value as written on its line ({@code ""} when none). */
  @FunctionalInterface
  interface Verdict {
    boolean passes(String key, String value);
  }

  private YamlLines() {}

  /** Whether every line mentioning one of {@code keys} passes {@code verdict}. */
  static boolean provablyClean(String text, Set<String> keys, Verdict verdict) {
    int start = 0;
    int length = text.length();
    while (start < length) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      String line = text.substring(start, end);
      start = end + 1;
      if (mentions(line, keys) && !lineIsClean(line, keys, verdict)) {
        return false;
      }
    }
    return true;
  }

  private static boolean mentions(String line, Set<String> keys) {
    for (String key : keys) {
      if (line.contains(key)) {
        return true;
      }
    }
    return false;
  }

  private static boolean lineIsClean(String line, Set<String> keys, Verdict verdict) {
    String trimmed = line.strip();
    if (trimmed.startsWith("#")) {
      return true;
    }
    // [- ]["']key["']: value, read by hand: this runs on every judged line of every workflow
    int i = 0;
    int n = trimmed.length();
    if (trimmed.startsWith("- ") || trimmed.startsWith("-\t")) {
      i = 1;
      while (i < n && Character.isWhitespace(trimmed.charAt(i))) {
        i++;
      }
    }
    char quote =
        i < n && (trimmed.charAt(i) == '"' || trimmed.charAt(i) == '\'') ? trimmed.charAt(i) : 0;
    if (quote != 0) {
      i++;
    }
    int keyStart = i;
    while (i < n && isKeyChar(trimmed.charAt(i))) {
      i++;
    }
    String key = trimmed.substring(keyStart, i);
    if (quote != 0) {
      if (i >= n || trimmed.charAt(i) != quote) {
        return false;
      }
      i++;
    }
    while (i < n && (trimmed.charAt(i) == ' ' || trimmed.charAt(i) == '\t')) {
      i++;
    }
    if (key.isEmpty() || i >= n || trimmed.charAt(i) != ':') {
      return false;
    }
    i++;
    if (i < n && trimmed.charAt(i) != ' ' && trimmed.charAt(i) != '\t') {
      return false;
    }
    String value = valueOf(trimmed.substring(i));
    if (value == null) {
      return false; // a flow collection, block scalar, alias or tag: let the parser decide
    }
    return !keys.contains(key) || verdict.passes(key, value);
  }

  private static boolean isKeyChar(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c == '-'
        || c == '_'
        || c == '.';
  }

  /**
   * The scalar written after a key: unquoted, without a trailing comment; {@code null} when it is
   * anything but a one-line scalar.
   */
  private static String valueOf(String rest) {
    String v = rest.strip();
    if (v.isEmpty()) {
      return "";
    }
    char first = v.charAt(0);
    if (first == '"' || first == '\'') {
      int close = v.indexOf(first, 1);
      if (close < 0 || v.indexOf('\\') >= 0) {
        return null;
      }
      String after = v.substring(close + 1).strip();
      return after.isEmpty() || after.startsWith("#") ? v.substring(1, close) : null;
    }
    if ("{[|>&*!%@`".indexOf(first) >= 0) {
      return null;
    }
    int hash = v.indexOf(" #");
    String plain = (hash >= 0 ? v.substring(0, hash) : v).strip();
    return plain.contains(": ") ? null : plain;
  }
}
