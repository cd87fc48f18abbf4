package dev.tollgate.core.release;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the release-version tree before anything is committed or tagged (maven-release-plugin's
 * preparation goals): runs a command, a forked Maven, in the reactor root with the build's output
 * going to this process's. A non-zero exit fails the step, so the plan undoes every earlier one.
 * Undo has nothing to restore: the build writes only to ignored output directories.
 */
final class BuildStep implements ReleaseStep {

  private final Path root;
  private final List<String> command;

  BuildStep(Path root, List<String> command) {
    this.root = root;
    this.command = List.copyOf(command);
  }

  @Override
  public String title() {
    return "build the release: " + String.join(" ", command);
  }

  @Override
  public void execute() throws Exception {
    Process process = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start();
    int exit;
    try {
      exit = process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new ReleaseException("the release build was interrupted", e);
    }
    if (exit != 0) {
      throw new ReleaseException(
          "the release build ("
              + String.join(" ", command)
              + ") failed with exit code "
              + exit
              + "; fix the build (its output is above), or set"
              + " tollgate.release.preparationGoals to other goals (empty skips the build)");
    }
  }

  @Override
  public void simulate(Consumer<String> out) {
    out.accept("  would run " + String.join(" ", command) + " in " + root);
  }

  @Override
  public void undo() {
    // the build changes no tracked file
  }
}
