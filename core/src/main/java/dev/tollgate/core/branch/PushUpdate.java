package dev.tollgate.core.branch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of what git gives a pre-push hook on standard input: {@code <local ref> <local sha>
 * <remote ref> <remote sha>}.
 *
 * @param localRef the local ref being pushed, or {@code (delete)} for a deletion
 * @param localSha the commit pushed; all zeros when the remote ref is deleted
 * @param remoteRef the full name of the remote ref being updated, e.g. {@code refs/heads/main}
 * @param remoteSha the remote ref's current commit; all zeros when it is created
 */
public record PushUpdate(String localRef, String localSha, String remoteRef, String remoteSha) {

  private static final String BRANCH_PREFIX = "refs/heads/";

  public PushUpdate {
    Objects.requireNonNull(localRef, "localRef");
    Objects.requireNonNull(localSha, "localSha");
    Objects.requireNonNull(remoteRef, "remoteRef");
    Objects.requireNonNull(remoteSha, "remoteSha");
  }

  /**
   * Parses git's pre-push input; blank lines are ignored.
   *
   * @throws IllegalArgumentException on a line that does not have four fields
   */
  public static List<PushUpdate> parse(String input) {
    List<PushUpdate> updates = new ArrayList<>();
    for (String line : input.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      if (f.length != 4) {
        throw new IllegalArgumentException(
            "pre-push input line '"
                + line
                + "' does not have 4 fields (local ref, local sha, remote ref, remote sha)");
      }
      updates.add(new PushUpdate(f[0], f[1], f[2], f[3]));
    }
    return updates;
  }

  /** Whether the remote ref is deleted. */
  public boolean isDelete() {
    return isZero(localSha);
  }

  /** Whether the remote ref does not exist yet. */
  public boolean isCreate() {
    return isZero(remoteSha);
  }

  /** Whether the remote ref is a tag. */
  public boolean isTag() {
    return remoteRef.startsWith("refs/tags/");
  }

  /** Whether the remote ref is a branch. */
  public boolean isBranch() {
    return remoteRef.startsWith(BRANCH_PREFIX);
  }

  /** The remote branch's short name ({@code main}); only meaningful when {@link #isBranch()}. */
  public String remoteBranch() {
    return isBranch() ? remoteRef.substring(BRANCH_PREFIX.length()) : remoteRef;
  }

  private static boolean isZero(String sha) {
    return sha.chars().allMatch(c -> c == '0');
  }
}
