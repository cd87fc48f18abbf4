package dev.tollgate.core.branch;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.tollgate.core.pattern.GlobPattern;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One protected-branch pattern, as written in the configuration: an exact name ({@code main}), a
 * {@link GlobPattern glob} ({@code release/*}: {@code *} and {@code ?} stay within one {@code /}
 * segment, {@code **} spans segments) or a regular expression prefixed with {@code regex:} ({@code
 * regex:hotfix-\d+}) that must match the whole name. Both compile through RE2/J and run in linear
 * time, so a pattern from a pom cannot hang a build. See docs/patterns.md.
 */
public final class BranchPattern {

  private static final String REGEX_PREFIX = "regex:";

  private final String spec;
  private final boolean exactName;
  private final Predicate<String> matcher;

  private BranchPattern(String spec, boolean exactName, Predicate<String> matcher) {
    this.spec = spec;
    this.exactName = exactName;
    this.matcher = matcher;
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
        return new BranchPattern(s, false, Pattern.compile(regex)::matches);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "protected-branch pattern '"
                + s
                + "' is not a valid regular expression: "
                + e.getDescription()
                + "; write an RE2 expression after 'regex:' (see docs/patterns.md)",
            e);
      }
    }
    GlobPattern glob = GlobPattern.of(s);
    return new BranchPattern(s, glob.isLiteral(), glob::matches);
  }

  /** The pattern as configured, shown in messages. */
  public String spec() {
    return spec;
  }

  /** Whether the pattern is a plain branch name (no glob characters, no regex). */
  public boolean isExactName() {
    return exactName;
  }

  /** Whether the short branch name (without {@code refs/heads/}) matches the whole pattern. */
  public boolean matches(String branch) {
    return matcher.test(branch);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BranchPattern other && spec.equals(other.spec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(spec);
  }

  @Override
  public String toString() {
    return spec;
  }
}
