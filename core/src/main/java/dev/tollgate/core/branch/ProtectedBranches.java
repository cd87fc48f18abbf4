package dev.tollgate.core.branch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The protected branches of a repository: no commits on them locally and no direct pushes to them.
 *
 * @param patterns the patterns; a branch is protected when any of them matches
 */
public record ProtectedBranches(List<BranchPattern> patterns) {

  /** The default protection: {@code main} and {@code master}. */
  public static final List<String> DEFAULTS = List.of("main", "master");

  public ProtectedBranches {
    patterns = List.copyOf(patterns);
  }

  /**
   * Parses configured patterns; blank entries are ignored, and entries may also be separated by
   * commas (as in {@code -Dtollgate.branch.protected=main,release/*}).
   *
   * @throws IllegalArgumentException when a pattern is invalid
   */
  public static ProtectedBranches parse(Collection<String> specs) {
    List<BranchPattern> patterns = new ArrayList<>();
    for (String spec : specs) {
      if (spec == null) {
        continue;
      }
      for (String part : spec.startsWith("regex:") ? new String[] {spec} : spec.split(",")) {
        if (!part.isBlank()) {
          patterns.add(BranchPattern.parse(part));
        }
      }
    }
    return new ProtectedBranches(patterns);
  }

  /** The first pattern that matches the short branch name, if any. */
  public Optional<BranchPattern> match(String branch) {
    return patterns.stream().filter(p -> p.matches(branch)).findFirst();
  }

  /** The patterns as configured, comma-separated (for messages and the hooks' settings file). */
  public String describe() {
    return String.join(", ", patterns.stream().map(BranchPattern::spec).toList());
  }
}
