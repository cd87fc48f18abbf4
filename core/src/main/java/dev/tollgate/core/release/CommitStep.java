package dev.tollgate.core.release;

import dev.tollgate.core.git.ReleaseGit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Commits the given paths; undo moves the branch and the index back (the files stay as they are).
 */
final class CommitStep implements ReleaseStep {

  private final ReleaseGit git;
  private final Supplier<List<String>> paths;
  private final String message;
  private final boolean sign;
  private ObjectId before;
  private ObjectId commit;
  private boolean staged;

  CommitStep(ReleaseGit git, Supplier<List<String>> paths, String message, boolean sign) {
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
    before = git.head();
    staged = false;
    commit = null;
    git.stage(paths.get());
    staged = true;
    commit = git.commit(message, sign);
  }

  @Override
  public void simulate(Consumer<String> out) {
    out.accept("  would commit " + String.join(", ", paths.get()) + " with message:");
    message.lines().forEach(l -> out.accept("    " + l));
  }

  @Override
  public void undo() throws Exception {
    if (before != null && (staged || commit != null)) {
      git.reset(before, ResetType.MIXED);
    }
  }

  ObjectId commit() {
    return commit;
  }
}
