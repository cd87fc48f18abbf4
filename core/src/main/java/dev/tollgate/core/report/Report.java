package dev.tollgate.core.report;

import java.util.List;
import java.util.Objects;

/**
 * The findings of one goal run.
 *
 * @param goal the goal's name without prefix, e.g. {@code commits}; names the report files
 * @param findings every finding, in the order they were found
 */
public record Report(String goal, List<Finding> findings) {

  public Report {
    checkGoal(goal);
    findings = List.copyOf(findings);
  }

  /** Checks a goal name: lower-case letters, digits and dashes, so it never forms a path. */
  static void checkGoal(String goal) {
    Objects.requireNonNull(goal, "goal");
    if (!goal.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("goal must be a lower-case name, got '" + goal + "'");
    }
  }

  /** How many findings have the given severity. */
  public long count(Severity severity) {
    long n = 0;
    for (Finding f : findings) {
      if (f.severity() == severity) {
        n++;
      }
    }
    return n;
  }

  /** Whether any finding is an {@link Severity#ERROR}: the build fails on it by default. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** A one-line summary such as {@code 2 errors, 1 warning} or {@code no findings}. */
  public String summary() {
    if (findings.isEmpty()) {
      return "no findings";
    }
    return plural(count(Severity.ERROR), "error")
        + ", "
        + plural(count(Severity.WARN), "warning")
        + ", "
        + plural(count(Severity.INFO), "info");
  }

  private static String plural(long n, String word) {
    return n + " " + (n == 1 || word.equals("info") ? word : word + "s");
  }
}
