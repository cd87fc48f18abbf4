package dev.tollgate.core.pom;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Maven version requirement as enforcer's {@code requireMavenVersion} reads it: a range such as
 * {@code [3.9,)}, {@code [3.8.1,4.0)}, {@code (,4.0)}, {@code [3.9.11]} or a union {@code
 * [3.6,3.7),[3.9,)}; a plain version such as {@code 3.6.3} means that version or later. Versions
 * compare as Maven's {@code ComparableVersion} does for the versions Maven is released under:
 * numbers numerically, trailing zeros ignored ({@code 3.9} = {@code 3.9.0}), and a qualifier below
 * its release ({@code 4.0.0-rc-7} &lt; {@code 4.0.0}) in the order alpha, beta, milestone, rc,
 * snapshot, release, sp.
 *
 * @param text the requirement as written
 * @param intervals the intervals whose union it accepts
 */
public record MavenVersionRange(String text, List<Interval> intervals) {

  /**
   * One interval; a {@code null} bound is open-ended.
   *
   * @param lower the lower bound, or {@code null}
   * @param lowerIncluded whether the lower bound itself is accepted
   * @param upper the upper bound, or {@code null}
   * @param upperIncluded whether the upper bound itself is accepted
   */
  public record Interval(String lower, boolean lowerIncluded, String upper, boolean upperIncluded) {

    boolean contains(String version) {
      if (lower != null) {
        int c = compare(version, lower);
        if (c < 0 || c == 0 && !lowerIncluded) {
          return false;
        }
      }
      if (upper != null) {
        int c = compare(version, upper);
        return c < 0 || c == 0 && upperIncluded;
      }
      return true;
    }
  }

  public MavenVersionRange {
    intervals = List.copyOf(intervals);
  }

  /**
   * Parses a requirement.
   *
   * @throws IllegalArgumentException naming the requirement and what is wrong with it
   */
  public static MavenVersionRange parse(String text) {
    String spec = text == null ? "" : text.strip();
    if (spec.isEmpty()) {
      throw new IllegalArgumentException("the Maven version requirement is empty");
    }
    if (spec.charAt(0) != '[' && spec.charAt(0) != '(') {
      if (spec.contains(",") || spec.contains("]") || spec.contains(")")) {
        throw invalid(spec, "a range starts with [ or (");
      }
      return new MavenVersionRange(spec, List.of(new Interval(spec, true, null, false)));
    }
    List<Interval> out = new ArrayList<>();
    int i = 0;
    while (i < spec.length()) {
      char open = spec.charAt(i);
      if (open != '[' && open != '(') {
        throw invalid(spec, "expected [ or ( at position " + (i + 1));
      }
      int close = indexOfAny(spec, i + 1);
      if (close < 0) {
        throw invalid(spec, "a range is not closed with ] or )");
      }
      String inner = spec.substring(i + 1, close);
      boolean lowerIn = open == '[';
      boolean upperIn = spec.charAt(close) == ']';
      int comma = inner.indexOf(',');
      if (comma < 0) {
        String v = inner.strip();
        if (v.isEmpty() || !lowerIn || !upperIn) {
          throw invalid(spec, "a single version is written [x.y.z]");
        }
        out.add(new Interval(v, true, v, true));
      } else {
        if (inner.indexOf(',', comma + 1) >= 0) {
          throw invalid(spec, "a range has two bounds");
        }
        String lower = inner.substring(0, comma).strip();
        String upper = inner.substring(comma + 1).strip();
        if (lower.isEmpty() && lowerIn || upper.isEmpty() && upperIn) {
          throw invalid(spec, "an open bound is written with ( or )");
        }
        if (!lower.isEmpty() && !upper.isEmpty() && compare(lower, upper) > 0) {
          throw invalid(spec, "the lower bound is above the upper bound");
        }
        out.add(
            new Interval(
                lower.isEmpty() ? null : lower, lowerIn, upper.isEmpty() ? null : upper, upperIn));
      }
      i = close + 1;
      while (i < spec.length()
          && (spec.charAt(i) == ',' || Character.isWhitespace(spec.charAt(i)))) {
        i++;
      }
    }
    return new MavenVersionRange(spec, out);
  }

  /** Whether {@code version} satisfies this requirement. */
  public boolean contains(String version) {
    return intervals.stream().anyMatch(interval -> interval.contains(version));
  }

  /** The one version this requirement accepts ({@code [3.9.11]}), or {@code null}. */
  public String exactVersion() {
    if (intervals.size() == 1) {
      Interval only = intervals.get(0);
      if (only.lower() != null && only.lower().equals(only.upper())) {
        return only.lower();
      }
    }
    return null;
  }

  private static int indexOfAny(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == ']' || s.charAt(i) == ')') {
        return i;
      }
    }
    return -1;
  }

  private static IllegalArgumentException invalid(String spec, String why) {
    return new IllegalArgumentException(
        "'" + spec + "' is not a Maven version range (" + why + "), e.g. [3.9,) or [3.9.11]");
  }

  /** Compares two Maven versions: negative, zero or positive. */
  public static int compare(String a, String b) {
    List<Object> x = items(a);
    List<Object> y = items(b);
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      int c = compareItem(i < x.size() ? x.get(i) : null, i < y.size() ? y.get(i) : null);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Numbers as {@link BigInteger}, qualifiers as their rank text; trailing zeros dropped. */
  private static List<Object> items(String version) {
    List<Object> out = new ArrayList<>();
    String v = version.strip().toLowerCase(Locale.ROOT);
    int start = 0;
    for (int i = 0; i <= v.length(); i++) {
      boolean end = i == v.length();
      char c = end ? '.' : v.charAt(i);
      boolean split =
          end
              || c == '.'
              || c == '-'
              || c == '_'
              || i > start && Character.isDigit(c) != Character.isDigit(v.charAt(i - 1));
      if (split) {
        if (i > start) {
          String token = v.substring(start, i);
          out.add(Character.isDigit(token.charAt(0)) ? new BigInteger(token) : token);
        }
        start = c == '.' || c == '-' || c == '_' || end ? i + 1 : i;
      }
    }
    while (!out.isEmpty()
        && (BigInteger.ZERO.equals(out.get(out.size() - 1))
            || out.get(out.size() - 1) instanceof String q && qualifierRank(q) == RELEASE)) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static final int RELEASE = 5;

  private static int qualifierRank(String q) {
    return switch (q) {
      case "alpha", "a" -> 0;
      case "beta", "b" -> 1;
      case "milestone", "m" -> 2;
      case "rc", "cr" -> 3;
      case "snapshot" -> 4;
      case "", "ga", "final", "release" -> RELEASE;
      case "sp" -> 6;
      default -> 7;
    };
  }

  /** A missing item is a release (0 against a number, "" against a qualifier). */
  private static int compareItem(Object a, Object b) {
    if (a == null && b == null) {
      return 0;
    }
    if (a == null) {
      return -compareItem(b, null);
    }
    if (a instanceof BigInteger n) {
      return b instanceof BigInteger m ? n.compareTo(m) : b == null ? n.signum() : 1;
    }
    String q = (String) a;
    if (b instanceof BigInteger) {
      return -1; // 1-rc < 1.0.1
    }
    int ra = qualifierRank(q);
    int rb = b == null ? RELEASE : qualifierRank((String) b);
    if (ra != rb) {
      return Integer.compare(ra, rb);
    }
    return ra == 7 && b != null ? q.compareTo((String) b) : 0;
  }
}
