package dev.tollgate.core.branch;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Refuses pushes that update protected remote branches directly. Deleting a protected branch and
 * rewriting it (a non-fast-forward, i.e. force push) are refused even when direct pushes are
 * allowed; tag pushes pass unless {@code allowTags} is off.
 */
public final class PushCheck {

  /** Rule id of a refused push. */
  public static final String RULE = "protected-push";

  private PushCheck() {}

  /**
   * The push policy.
   *
   * @param allowTags whether tags may be pushed
   * @param allowDirectPush whether fast-forward pushes to a protected branch are allowed
   */
  public record Policy(boolean allowTags, boolean allowDirectPush) {
    /** No direct pushes to protected branches; tags allowed. */
    public static final Policy DEFAULT = new Policy(true, false);
  }

  /**
   * Checks each update.
   *
   * @param updates git's pre-push updates
   * @param branches the protected branches (matched against the remote branch name)
   * @param policy what is allowed
   * @param isAncestor whether the first commit is an ancestor of the second (for fast-forward
   *     detection; called only for updates of existing protected branches when direct pushes are
   *     allowed)
   */
  public static List<Finding> check(
      List<PushUpdate> updates,
      ProtectedBranches branches,
      Policy policy,
      BiPredicate<String, String> isAncestor) {
    List<Finding> findings = new ArrayList<>();
    for (PushUpdate u : updates) {
      if (u.isTag()) {
        if (!policy.allowTags()) {
          findings.add(
              refused(
                  u,
                  "pushing tag '" + u.remoteRef() + "' is not allowed (allowTags=false)",
                  "tags are created by the release build; push the branch instead"));
        }
        continue;
      }
      if (!u.isBranch()) {
        continue;
      }
      var match = branches.match(u.remoteBranch());
      if (match.isEmpty()) {
        continue;
      }
      String why = "it matches protected branch pattern '" + match.get().spec() + "'";
      if (u.isDelete()) {
        findings.add(
            refused(
                u,
                "deleting protected branch '" + u.remoteBranch() + "' is not allowed: " + why,
                "protected branches are deleted by an administrator on the server, never by a push"));
      } else if (!policy.allowDirectPush()) {
        findings.add(
            refused(
                u,
                "pushing directly to protected branch '"
                    + u.remoteBranch()
                    + "' is not allowed: "
                    + why,
                "push to a feature branch and open a pull request: git switch -c feature/<topic> && git push -u origin feature/<topic>"));
      } else if (!u.isCreate() && !isAncestor.test(u.remoteSha(), u.localSha())) {
        findings.add(
            refused(
                u,
                "force-pushing protected branch '"
                    + u.remoteBranch()
                    + "' would rewrite its history: "
                    + why,
                "pull and merge or rebase onto the remote branch first (git pull --rebase), then push without --force"));
      }
    }
    return findings;
  }

  private static Finding refused(PushUpdate u, String message, String hint) {
    return new Finding(RULE, Severity.ERROR, Location.nowhere(), message, hint);
  }
}
