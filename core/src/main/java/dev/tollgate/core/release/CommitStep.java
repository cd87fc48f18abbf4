package dev.tollgate.core.release;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.GitWrites.ResetMode;
import dev.tollgate.core.io.PausePoint;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Commits the given paths; undo moves the branch and the index back (the files stay as they are).
 */
final class CommitStep implements ReleaseStep {

  private final GitRepository git;
  private final Supplier<List<String>> paths;
  private final String message;
  private final boolean sign;
  private String before;
  private String commit;
  private boolean staged;

  private final Instant time;

  CommitStep(GitRepository git, Supplier<List<String>> paths, String message, boolean sign) {
    this(git, paths, message, sign, null);
  }

  /** A commit at {@code time} (null: now). */
  CommitStep(
      GitRepository git, Supplier<List<String>> paths, String message, boolean sign, Instant time) {
    this.time = time;
    this.git = git;
    this.paths = paths;
    this.message = message;
    this.sign = sign;
  }

  @Override
  public String title() {
    return "commit '" + message.lines().findFirst().orElse("") + "'" + (sign ? " (signed)" : "");
  }

  @Override
  public void execute() throws Exception {
    before = git.head().orElse(null);
    staged = false;
    commit = null;
    git.write().stage(paths.get());
    staged = true;
    PausePoint.reach("staged"); // the index holds the release, no commit yet
    commit =
        time == null ? git.write().commit(message, sign) : git.write().commit(message, sign, time);
  }

  @Override
  public void simulate(Consumer<String> out) {
    out.accept("  would commit " + String.join(", ", paths.get()) + " with message:");
    message.lines().forEach(l -> out.accept("    " + l));
  }

  @Override
  public void undo() throws Exception {
    if (before != null && (staged || commit != null)) {
      git.write().reset(before, ResetMode.MIXED);
    }
  }

  String commit() {
    return commit;
  }
}
