package dev.tollgate.core.branch;

import dev.tollgate.core.ci.CiEnvironment;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Refuses work on a protected branch (pre-commit's {@code no-commit-to-branch}). */
public final class BranchCheck {

  /** The goal and report name. */
  public static final String GOAL = "branch";

  /** Rule id of a commit on a protected branch. */
  public static final String RULE = "protected-branch";

  private BranchCheck() {}

  /**
   * Checks the current branch.
   *
   * @param branches the protected branches
   * @param branch the checked-out branch, or empty for a detached HEAD
   * @param ci the CI environment, whose branch is used when HEAD is detached
   */
  public static Report check(
      ProtectedBranches branches, Optional<String> branch, Optional<CiEnvironment> ci) {
    List<Finding> findings = new ArrayList<>();
    String name;
    String source;
    if (branch.isPresent()) {
      name = branch.get();
      source = "the current branch";
    } else if (ci.isPresent() && ci.get().branch().isPresent()) {
      name = ci.get().branch().get();
      source = "the branch " + ci.get().system() + " builds (HEAD is detached)";
    } else {
      findings.add(
          new Finding(
              "detached-head",
              Severity.INFO,
              Location.nowhere(),
              "HEAD is detached, so there is no branch to protect; passing",
              ""));
      return new Report(GOAL, findings);
    }
    Optional<BranchPattern> match = branches.match(name);
    if (match.isPresent()) {
      findings.add(
          new Finding(
              RULE,
              Severity.ERROR,
              Location.nowhere(),
              "commits on '"
                  + name
                  + "' ("
                  + source
                  + ") are not allowed: it matches protected branch pattern '"
                  + match.get().spec()
                  + "'",
              "move your work to a new branch and commit there: git switch -c feature/<topic>"));
    } else {
      findings.add(
          new Finding(
              "branch-allowed",
              Severity.INFO,
              Location.nowhere(),
              "branch '" + name + "' is not protected (" + branches.describe() + ")",
              ""));
    }
    return new Report(GOAL, findings);
  }

  /** The report when there is no git work tree: a warning, since there is no branch to check. */
  public static Report noWorkTree(java.nio.file.Path dir) {
    return new Report(
        GOAL,
        List.of(
            new Finding(
                "no-git",
                Severity.WARN,
                Location.nowhere(),
                dir + " is not in a git work tree, so there is no branch to check",
                "run the build inside a git clone, or skip this goal with -Dtollgate.branch.skip")));
  }
}
