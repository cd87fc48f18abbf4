package dev.tollgate.core.release;

import dev.tollgate.core.git.GitRepository;
import java.util.function.Consumer;

/** Creates an annotated tag on HEAD; undo deletes it. */
final class TagStep implements ReleaseStep {

  private final GitRepository git;
  private final String name;
  private final String message;
  private final boolean sign;

  TagStep(GitRepository git, String name, String message, boolean sign) {
    this.git = git;
    this.name = name;
    this.message = message;
    this.sign = sign;
  }

  @Override
  public String title() {
    return "tag " + name + (sign ? " (annotated, signed)" : " (annotated)");
  }

  @Override
  public void execute() throws Exception {
    git.write().tag(name, message, sign);
  }

  @Override
  public void simulate(Consumer<String> out) {
    out.accept("  would tag the release commit " + name + " with message:");
    message.lines().forEach(l -> out.accept("    " + l));
  }

  @Override
  public void undo() throws Exception {
    if (git.tagExists(name)) {
      git.write().deleteTag(name);
    }
  }
}
