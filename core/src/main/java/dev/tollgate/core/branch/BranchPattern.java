package dev.tollgate.core.branch;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Objects;

/**
 * One protected-branch pattern, as written in the configuration: an exact name ({@code main}), a
 * glob ({@code release/*}: {@code *} and {@code ?} stay within one path segment, {@code **} spans
 * segments) or a regular expression prefixed with {@code regex:} ({@code regex:hotfix-\d+}) that
 * must match the whole name. Regular expressions run in linear time (RE2), so a pattern from a pom
 * cannot hang a build.
 *
 * @param spec the pattern as configured, shown in messages
 */
public record BranchPattern(String spec, Pattern compiled) {

  private static final String REGEX_PREFIX = "regex:";

  public BranchPattern {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(compiled, "compiled");
  }

  /**
   * Parses a pattern.
   *
   * @throws IllegalArgumentException when the pattern is empty or an invalid regular expression
   */
  public static BranchPattern parse(String spec) {
    String s = spec == null ? "" : spec.trim();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("a protected-branch pattern is empty");
    }
    if (s.startsWith(REGEX_PREFIX)) {
      String regex = s.substring(REGEX_PREFIX.length());
      try {
        return new BranchPattern(s, Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "protected-branch pattern '"
                + s
                + "' is not a valid regular expression: "
                + e.getDescription(),
            e);
      }
    }
    return new BranchPattern(s, Pattern.compile(globToRegex(s)));
  }

  /** Whether the pattern is a plain branch name (no glob characters, no regex). */
  public boolean isExactName() {
    return !spec.startsWith(REGEX_PREFIX) && spec.chars().noneMatch(c -> c == '*' || c == '?');
  }

  /** Whether the short branch name (without {@code refs/heads/}) matches the whole pattern. */
  public boolean matches(String branch) {
    return compiled.matches(branch);
  }

  @Override
  public String toString() {
    return spec;
  }

  private static String globToRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' || c == '?') {
        if (literal.length() > 0) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        if (c == '?') {
          regex.append("[^/]");
        } else if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          regex.append(".*");
          i++;
        } else {
          regex.append("[^/]*");
        }
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return regex.toString();
  }
}
