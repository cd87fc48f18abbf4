package dev.tollgate.core.tools;

import dev.tollgate.core.report.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The one rule for a pre-commit hook repository's {@code rev:}, and its line read. */
final class HookRevRule {

  /** The rule id of a hook repository that is not pinned. */
  static final String RULE = "unpinned-hook";

  private static final Set<String> BRANCHES =
      Set.of(
          "master",
          "main",
          "head",
          "develop",
          "development",
          "dev",
          "trunk",
          "stable",
          "latest",
          "nightly",
          "release",
          "default",
          "next",
          "canary");

  private static final Set<String> KEYS = Set.of("repo", "rev");

  private HookRevRule() {}

  /**
   * Whether a line read proves the configuration has nothing to report: every {@code rev:} passes
   * and there are as many as there are remote repositories (see {@link YamlLines}).
   */
  static boolean provablyClean(String text) {
    int[] remotes = {0};
    int[] revs = {0};
    boolean clean =
        YamlLines.provablyClean(
            text,
            KEYS,
            (key, value) -> {
              if (key.equals("repo")) {
                if (!value.equals("local") && !value.equals("meta")) {
                  remotes[0]++;
                }
                return !value.isEmpty();
              }
              revs[0]++;
              return !value.isEmpty() && check("", value).isEmpty();
            });
    return clean && remotes[0] == revs[0];
  }

  /** What is wrong with {@code rev} of the hook repository {@code repo}, if anything. */
  static Optional<Problem> check(String repo, String rev) {
    String fix =
        "pin a release tag or a commit: pre-commit autoupdate --repo "
            + repo
            + " (add --freeze for a SHA)";
    if (BRANCHES.contains(rev.toLowerCase(Locale.ROOT)) || rev.isEmpty()) {
      return Optional.of(
          new Problem(
              RULE,
              Severity.ERROR,
              "hook repository " + repo + " is pinned to the branch '" + rev + "', which moves",
              fix));
    }
    if (rev.chars().anyMatch(Character::isDigit)) {
      return Optional.empty(); // a tag (v1.2.3, 23.1.0) or a commit SHA
    }
    return Optional.of(
        new Problem(
            RULE,
            Severity.WARN,
            "hook repository " + repo + " rev '" + rev + "' looks like a branch, not a tag or SHA",
            fix));
  }
}
