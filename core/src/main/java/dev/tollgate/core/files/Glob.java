package dev.tollgate.core.files;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A path pattern over repository-relative paths with {@code /} separators: {@code *} matches within
 * one segment, {@code **} across segments ({@code **}{@code /} also matches no segment), {@code ?}
 * one character. A pattern without {@code /} matches the file name in any directory ({@code *.md});
 * a pattern ending in {@code /} matches everything below that directory.
 */
public final class Glob {

  private final String text;
  private final Pattern pattern;

  private Glob(String text, Pattern pattern) {
    this.text = text;
    this.pattern = pattern;
  }

  /** Compiles a glob. */
  public static Glob of(String glob) {
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
    StringBuilder rx = new StringBuilder();
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*') {
        if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
          i++;
          if (i + 1 < g.length() && g.charAt(i + 1) == '/') {
            i++;
            rx.append("(?:.*/)?");
          } else {
            rx.append(".*");
          }
        } else {
          rx.append("[^/]*");
        }
      } else if (c == '?') {
        rx.append("[^/]");
      } else {
        rx.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new Glob(glob, Pattern.compile(rx.toString()));
  }

  /** Compiles every glob of a list, skipping blank entries. */
  public static List<Glob> all(List<String> globs) {
    return globs.stream().filter(g -> g != null && !g.isBlank()).map(Glob::of).toList();
  }

  /** Whether any of the globs matches the path. */
  public static boolean anyMatches(List<Glob> globs, String path) {
    for (Glob glob : globs) {
      if (glob.matches(path)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the glob matches the repository-relative path. */
  public boolean matches(String path) {
    return pattern.matcher(path).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
