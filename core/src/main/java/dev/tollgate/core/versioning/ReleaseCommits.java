package dev.tollgate.core.versioning;

import dev.tollgate.core.commits.CommitKind;
import dev.tollgate.core.commits.CommitMessageParser;
import dev.tollgate.core.commits.ConventionalCommit;
import dev.tollgate.core.commits.Footer;
import dev.tollgate.core.commits.ParsedMessage;
import java.util.ArrayList;
import java.util.List;

/** Turns a commit's id, message and parent count into a {@link ReleaseCommit} via the parser. */
public final class ReleaseCommits {

  private ReleaseCommits() {}

  /**
   * The release view of one commit. A merge (more than one parent), git's {@code Revert "…"} and
   * the {@code fixup!}/{@code squash!}/{@code amend!} markers are not Conventional Commits,
   * whatever their text.
   */
  public static ReleaseCommit of(String sha, String message, int parentCount) {
    ParsedMessage parsed = CommitMessageParser.parse(message);
    String text = parsed.parts().text();
    boolean merge = parentCount > 1;
    CommitKind kind = parsed.kind();
    boolean ignored =
        merge || kind == CommitKind.MERGE || kind == CommitKind.REVERT || kind.isAutosquash();
    if (ignored || !(parsed instanceof ConventionalCommit c)) {
      return new ReleaseCommit(
          sha, text, null, "", parsed.header().strip(), false, List.of(), merge);
    }
    List<String> notes = new ArrayList<>();
    for (Footer footer : c.footers()) {
      if (footer.isBreakingChange()) {
        notes.add(footer.value());
      }
    }
    return new ReleaseCommit(
        sha, text, c.type(), c.scope(), c.description(), c.breaking(), notes, false);
  }

  /** Whether a message is a release commit as Tollgate writes it ({@code chore(release): …}). */
  public static boolean isReleaseCommit(String message) {
    return CommitMessageParser.parse(message).kind() == CommitKind.RELEASE;
  }
}
