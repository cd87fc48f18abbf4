import dev.tollgate.core.commits.CleanMessageScreen;
import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.core.commits.CommitLinter;
import dev.tollgate.core.commits.CommitMessageParser;
import dev.tollgate.core.commits.ParsedMessage;
import dev.tollgate.core.report.Location;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Holds CleanMessageScreen to the linter on one real history: reads {@code git log -z
 * --format='%H %P%n%B'} from standard input, runs the screen on every message's bytes, and checks
 * every commit it settles against the linter (not ignored, no finding). Prints one markdown row:
 * | commits | settled | settled but rejected or ignored by the linter (must be 0) | passing, not
 * settled |, and the first wrongly settled commits.
 */
public final class CleanScreenCheck {
  public static void main(String[] args) throws Exception {
    byte[] all = readAll(System.in);
    CommitLintConfig config = CommitLintConfig.conventional();
    CleanMessageScreen screen = CleanMessageScreen.of(config).orElseThrow();
    CommitLinter linter = new CommitLinter(config);
    int commits = 0;
    int settled = 0;
    int wrong = 0;
    int passingNotSettled = 0;
    int start = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] != 0) {
        continue;
      }
      int nl = start;
      while (all[nl] != '\n') {
        nl++;
      }
      int parents = 0;
      for (int k = start; k < nl; k++) {
        parents += all[k] == ' ' ? 1 : 0;
      }
      String message = new String(all, nl + 1, i - nl - 1, StandardCharsets.UTF_8);
      ParsedMessage parsed = CommitMessageParser.parse(message);
      boolean passes =
          linter.ignoreReason(parsed, parents).isEmpty()
              && linter.lint(parsed, Location.nowhere()).isEmpty();
      commits++;
      if (screen.isClean(parents, all, nl + 1, i)) {
        settled++;
        if (!passes && ++wrong <= 10) {
          System.err.println("settled but not passing: " + new String(all, start, 40, StandardCharsets.US_ASCII));
        }
      } else if (passes) {
        passingNotSettled++;
      }
      start = i + 1;
    }
    System.out.printf(
        "| %,d | %,d (%.0f %%) | %d | %,d |%n",
        commits, settled, 100.0 * settled / Math.max(1, commits), wrong, passingNotSettled);
    System.exit(wrong == 0 ? 0 : 1);
  }

  private static byte[] readAll(InputStream in) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
