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
    return of(sha, message, parentCount, BreakingNotes.STRICT);
  }

  /**
   * The release view of every change one commit carries: usually one, more when the message uses
   * release-please's override or nested-commit blocks ({@link ReleasePleaseMessages#split}).
   */
  public static List<ReleaseCommit> ofAll(
      String sha, String message, int parentCount, BreakingNotes notes) {
    List<String> messages = ReleasePleaseMessages.split(CommitMessageParser.normalize(message));
    if (messages.size() == 1) {
      return List.of(of(sha, messages.get(0), parentCount, notes));
    }
    List<ReleaseCommit> commits = new ArrayList<>(messages.size());
    for (String m : messages) {
      commits.add(of(sha, m, parentCount, notes));
    }
    return commits;
  }

  /**
   * The release view of one message; breaking-change notes are found wherever {@code notes} accepts
   * them ({@link BreakingNotes#find}).
   */
  public static ReleaseCommit of(String sha, String message, int parentCount, BreakingNotes notes) {
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
    List<String> all = notes.find(text);
    List<String> found = new ArrayList<>();
    for (String note : all) {
      if (!note.isEmpty()) {
        found.add(note);
      }
    }
    boolean breaking = c.breaking() || !all.isEmpty();
    if (found.isEmpty()) {
      for (Footer footer : c.footers()) {
        if (footer.isBreakingChange() && !footer.value().isEmpty()) {
          found.add(footer.value());
        }
      }
    }
    return new ReleaseCommit(
        sha, text, c.type(), c.scope(), c.description(), breaking, found, false);
  }

  /** The version a {@code Release-As:} footer of the message asks for, or null. */
  public static String releaseAs(String message) {
    return ReleasePleaseMessages.releaseAs(CommitMessageParser.parse(message).footers());
  }

  /** Whether a message is a release commit as Tollgate writes it ({@code chore(release): …}). */
  public static boolean isReleaseCommit(String message) {
    return CommitMessageParser.parse(message).kind() == CommitKind.RELEASE;
  }
}
