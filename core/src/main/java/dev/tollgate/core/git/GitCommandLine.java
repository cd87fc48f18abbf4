package dev.tollgate.core.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The git command line, for the few work-tree operations of the hooks that must behave exactly as
 * git itself does while a commit is being made: the index git passes in {@code GIT_INDEX_FILE},
 * checkout filters and line-ending conversion, {@code merge-file}. Everything else reads git
 * through {@link GitRepository}. Paths are exchanged NUL-separated, so any file name survives.
 */
public final class GitCommandLine {

  private final Path workTree;
  private final Map<String, String> env;

  /**
   * A git command line run in {@code workTree}.
   *
   * @param env variables set on top of this process's environment ({@code GIT_INDEX_FILE}, …)
   */
  public GitCommandLine(Path workTree, Map<String, String> env) {
    this.workTree = workTree;
    this.env = Map.copyOf(env);
  }

  /** The directory git runs in. */
  public Path workTree() {
    return workTree;
  }

  /**
   * What a git command did.
   *
   * @param exit its exit status
   * @param out its standard output, as bytes
   * @param err its standard error
   */
  public record Result(int exit, byte[] out, String err) {

    /** Standard output as UTF-8 text. */
    public String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  /** Runs git with these arguments and returns whatever happened. */
  public Result attempt(String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workTree.toFile());
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      ProcessErrors err = new ProcessErrors(process, "git-stderr");
      byte[] out;
      try (InputStream in = process.getInputStream()) {
        out = in.readAllBytes();
      }
      int exit = process.waitFor();
      return new Result(exit, out, err.text());
    } catch (IOException e) {
      throw new GitException(
          "cannot run git (" + e.getMessage() + "); the hooks need git on the PATH", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while running git", e));
    }
  }

  /**
   * Runs git and returns its standard output.
   *
   * @throws GitException when git fails, with its message
   */
  public byte[] run(String... args) {
    Result r = attempt(args);
    if (r.exit() != 0) {
      throw new GitException(
          "git " + String.join(" ", args) + " failed (exit " + r.exit() + "): " + r.err());
    }
    return r.out();
  }

  /** Runs a git command that prints NUL-separated paths ({@code -z}) and returns them. */
  public List<String> paths(String... args) {
    return split(run(args));
  }

  /** NUL-separated UTF-8 entries, the last one possibly unterminated. */
  static List<String> split(byte[] out) {
    List<String> paths = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= out.length; i++) {
      if (i == out.length || out[i] == 0) {
        if (i > start) {
          paths.add(new String(out, start, i - start, StandardCharsets.UTF_8));
        }
        start = i + 1;
      }
    }
    return paths;
  }
}
