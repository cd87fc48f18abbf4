package dev.tollgate.core.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Real git repositories for tests, made with the git CLI (fixed identity, no user config). */
public final class GitFixture {

  private final Path dir;
  private int counter;

  private GitFixture(Path dir) {
    this.dir = dir;
  }

  /** A new repository on branch main with one commit. */
  public static GitFixture init(Path dir, String firstMessage) {
    GitFixture f = new GitFixture(dir);
    f.git("init", "-q", "-b", "main");
    f.commit(firstMessage);
    return f;
  }

  /** Wraps an existing directory (e.g. a clone). */
  public static GitFixture at(Path dir) {
    return new GitFixture(dir);
  }

  public Path dir() {
    return dir;
  }

  /** Commits a change with the message; returns the new commit id. */
  public String commit(String message) {
    try {
      String file = "file-" + (counter++) + ".txt";
      Files.writeString(dir.resolve(file), message + "\n");
      Path msg = Files.createTempFile("msg", ".txt");
      Files.writeString(msg, message);
      git("add", file);
      git(
          "commit",
          "-q",
          "--no-verify",
          "--cleanup=verbatim",
          "--allow-empty-message",
          "-F",
          msg.toString());
      Files.delete(msg);
      return head();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String head() {
    return git("rev-parse", "HEAD");
  }

  /** Runs git in the repository and returns its trimmed output; fails the test on error. */
  public String git(String... args) {
    return run(dir, args);
  }

  public static String run(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("GIT_"));
    env.put("GIT_AUTHOR_NAME", "Test");
    env.put("GIT_AUTHOR_EMAIL", "test@tollgate.invalid");
    env.put("GIT_COMMITTER_NAME", "Test");
    env.put("GIT_COMMITTER_EMAIL", "test@tollgate.invalid");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    try {
      Files.createDirectories(dir);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("git " + String.join(" ", args) + " failed:\n" + out);
      }
      return out.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
