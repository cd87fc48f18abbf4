package dev.tollgate.core.commits;

import com.google.re2j.Pattern;

/**
 * The messages commitlint 20 skips by default ({@code @commitlint/is-ignored}'s list), matched the
 * way commitlint matches them, on the whole message text: git's and hosting services' merge
 * messages, {@code Revert …}/{@code Reapply …}, {@code fixup!}/{@code squash!}/{@code amend!} and
 * version-only headers ({@code v21.2.2}, {@code chore(release): 1.2.3 [skip ci]}). Pure.
 */
final class DefaultIgnores {

  private static final Pattern CHORE_PREFIX = Pattern.compile("^chore(\\([^)]+\\))?:");
  private static final Pattern SKIP_CI_BRACKETS =
      Pattern.compile("(?i)\\[(skip|ci)(-|\\s)(ci|skip)\\]");
  private static final Pattern SKIP_CI_PARENS =
      Pattern.compile("(?i)\\((skip|ci)(-|\\s)(ci|skip)\\)");
  private static final String IDENTIFIER = "(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][a-zA-Z0-9-]*)";

  /** node-semver's {@code FULL} expression: what {@code semver.valid} accepts. */
  private static final Pattern SEMVER =
      Pattern.compile(
          "^v?(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
              + "(?:-"
              + IDENTIFIER
              + "(?:\\."
              + IDENTIFIER
              + ")*)?(?:\\+[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*)?$");

  private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private DefaultIgnores() {}

  /**
   * Whether the text is a merge message in commitlint's sense: a line that starts with {@code Merge
   * pull request} or {@code Merge tag }, a line that is {@code Merge branch …} or {@code Merge …
   * into …}, or a message that starts with {@code Merged … in(to) …}, {@code Merged PR …: …},
   * {@code Merge remote-tracking branch}, {@code Automatic merge} or {@code Auto-merged … into …}.
   *
   * @param text the whole message, normalised ({@code \n} line ends)
   */
  static boolean isMerge(String text) {
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      if (text.startsWith("Merge ", start)) {
        String line = text.substring(start, end);
        if (line.startsWith("Merge pull request")
            || line.startsWith("Merge tag ")
            || line.startsWith("Merge branch ")
            || line.indexOf(" into ", 6) >= 0) {
          return true;
        }
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    if (!text.startsWith("Merge") && !text.startsWith("Au")) {
      return false;
    }
    String first = firstLine(text);
    if (first.startsWith("Merged ")) {
      if (first.indexOf("in ", 7) >= 0 || first.indexOf("into ", 7) >= 0) {
        return true;
      }
      if (first.startsWith("Merged PR ") && first.indexOf(": ", 10) >= 0) {
        return true;
      }
    }
    return first.startsWith("Merge remote-tracking branch")
        || first.startsWith("Automatic merge")
        || (first.startsWith("Auto-merged ") && first.indexOf(" into ", 12) >= 0);
  }

  /** {@code Revert …}, {@code revert …}, {@code Reapply …} or {@code reapply …} at the start. */
  static boolean isRevert(String text) {
    return text.startsWith("Revert ")
        || text.startsWith("revert ")
        || text.startsWith("Reapply ")
        || text.startsWith("reapply ");
  }

  /** {@code fixup!}, {@code squash!} or {@code amend!} at the start. */
  static boolean isAutosquash(String text) {
    return text.startsWith("fixup!") || text.startsWith("squash!") || text.startsWith("amend!");
  }

  /**
   * Whether the first line is only a version: after removing a leading {@code chore:} or {@code
   * chore(scope):} and one {@code [skip ci]}/{@code (ci skip)} marker (any case, {@code -} or a
   * space between), what is left is a semantic version as node-semver reads it ({@code v} allowed,
   * no leading zeros).
   */
  static boolean isVersion(String text) {
    if (!hasTwoDotsInFirstLine(text)) {
      // a version has two dots, and the prefix, marker and trim below only remove characters
      return false;
    }
    String first = firstLine(text);
    String stripped = CHORE_PREFIX.matcher(first).replaceFirst("");
    stripped = SKIP_CI_BRACKETS.matcher(stripped).replaceFirst("");
    stripped = SKIP_CI_PARENS.matcher(stripped).replaceFirst("");
    stripped = jsTrim(stripped);
    if (stripped.length() > 256) {
      return false;
    }
    com.google.re2j.Matcher m = SEMVER.matcher(stripped);
    if (!m.matches()) {
      return false;
    }
    for (int g = 1; g <= 3; g++) {
      String part = m.group(g);
      if (part.length() > 16 || Long.parseLong(part) > MAX_SAFE_INTEGER) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasTwoDotsInFirstLine(String text) {
    int dots = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return false;
      }
      if (c == '.' && ++dots == 2) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  /** JavaScript's {@code String.prototype.trim}: Unicode white space, BOM and line ends. */
  static String jsTrim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isJsSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isJsSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /** JavaScript's white space and line terminators ({@code \s}). */
  static boolean isJsSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\f'
        || c == '\u00A0'
        || c == '\uFEFF'
        || c == '\u2028'
        || c == '\u2029'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }
}
