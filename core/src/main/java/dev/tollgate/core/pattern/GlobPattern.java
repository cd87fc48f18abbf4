package dev.tollgate.core.pattern;

import com.google.re2j.Pattern;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A glob, the same everywhere a user writes one (file paths, branch names, {@code
 * groupId:artifactId} coordinates): {@code *} matches any run of characters except {@code /},
 * {@code **} any run including {@code /} ({@code **}{@code /} also matches no directory at all),
 * {@code ?} one character except {@code /}; every other character stands for itself. A glob matches
 * the whole text. Compiled through RE2/J, so matching is linear in the text whatever the pattern.
 *
 * <p>{@link #path(String)} adds the two conventions of repository path lists: a glob without {@code
 * /} matches a file name in any directory ({@code *.md}), and a glob ending in {@code /} matches
 * everything below that directory. A leading {@code /} anchors at the repository root.
 */
public final class GlobPattern {

  private final String text;
  private final Pattern compiled;
  private final boolean literal;

  /** The characters after the last wildcard: every match ends with them (a cheap first test). */
  private final String tail;

  private GlobPattern(String text, String glob) {
    this.text = text;
    this.compiled = Pattern.compile(toRegex(glob), Pattern.DOTALL);
    this.literal = glob.chars().noneMatch(c -> c == '*' || c == '?');
    this.tail = tail(glob);
  }

  private static String tail(String glob) {
    int wildcard = Math.max(glob.lastIndexOf('*'), glob.lastIndexOf('?'));
    if (wildcard > 0
        && glob.charAt(wildcard) == '*'
        && glob.charAt(wildcard - 1) == '*'
        && glob.startsWith("/", wildcard + 1)) {
      return glob.substring(wildcard + 2); // **/ also matches no directory at all
    }
    return glob.substring(wildcard + 1);
  }

  /** A glob matched against the whole text (branch names, coordinates). */
  public static GlobPattern of(String glob) {
    Objects.requireNonNull(glob, "glob");
    return new GlobPattern(glob, glob.trim());
  }

  /** A glob over repository-relative paths with {@code /} separators (see the class comment). */
  public static GlobPattern path(String glob) {
    Objects.requireNonNull(glob, "glob");
    String g = glob.trim().replace('\\', '/');
    if (g.startsWith("/")) {
      g = g.substring(1);
    } else if (!g.contains("/")) {
      g = "**/" + g;
    }
    if (g.endsWith("/")) {
      g = g + "**";
    }
    return new GlobPattern(glob, g);
  }

  /** Compiles every path glob of a list with {@link #path(String)}, skipping blank entries. */
  public static List<GlobPattern> paths(Collection<String> globs) {
    return globs.stream().filter(g -> g != null && !g.isBlank()).map(GlobPattern::path).toList();
  }

  /** Whether the glob matches the whole text. */
  public boolean matches(String text) {
    return text.endsWith(tail) && compiled.matches(text);
  }

  /** Whether the glob has no wildcard: it matches exactly one text. */
  public boolean isLiteral() {
    return literal;
  }

  /** Whether any of the globs matches the text. */
  public static boolean anyMatches(Collection<GlobPattern> globs, String text) {
    for (GlobPattern glob : globs) {
      if (glob.matches(text)) {
        return true;
      }
    }
    return false;
  }

  /** The glob as the user wrote it. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GlobPattern other
        && text.equals(other.text)
        && compiled.pattern().equals(other.compiled.pattern());
  }

  @Override
  public int hashCode() {
    return compiled.pattern().hashCode();
  }

  private static String toRegex(String glob) {
    StringBuilder rx = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c != '*' && c != '?') {
        literal.append(c);
        continue;
      }
      if (literal.length() > 0) {
        rx.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
      }
      if (c == '?') {
        rx.append("[^/]");
      } else if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        i++;
        if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
          i++;
          rx.append("(?:.*/)?");
        } else {
          rx.append(".*");
        }
      } else {
        rx.append("[^/]*");
      }
    }
    if (literal.length() > 0) {
      rx.append(Pattern.quote(literal.toString()));
    }
    return rx.toString();
  }
}
