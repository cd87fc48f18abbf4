package dev.tollgate.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the real git CLI in tests, with a fixed identity and no system or global config. */
public final class GitCli {

  private GitCli() {}

  /** Runs git in {@code dir}; fails the test on a non-zero exit. Returns trimmed output. */
  public static String git(Path dir, String... args) {
    Result r = run(dir, Map.of(), null, args);
    if (r.exit() != 0) {
      throw new AssertionError("git " + String.join(" ", args) + " failed:\n" + r.output());
    }
    return r.output().trim();
  }

  /** The outcome of a command. */
  public record Result(int exit, String output) {}

  /** Runs git with extra environment and optional standard input, whatever its exit code. */
  public static Result run(Path dir, Map<String, String> extraEnv, String stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    return exec(dir, extraEnv, stdin, command);
  }

  /** Runs any command with the test's git environment. */
  public static Result exec(
      Path dir, Map<String, String> extraEnv, String stdin, List<String> command) {
    try {
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
      env.put("LC_ALL", "C");
      env.putAll(extraEnv);
      Process p = pb.start();
      if (stdin != null) {
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Result(p.waitFor(), out);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A new repository on branch {@code main} with one commit. */
  public static Path initRepo(Path dir) throws IOException {
    Files.createDirectories(dir);
    git(dir, "init", "-q", "-b", "main");
    Files.writeString(dir.resolve("README.md"), "hello\n");
    git(dir, "add", "README.md");
    git(dir, "commit", "-q", "--no-verify", "-m", "chore: initial commit");
    return dir;
  }
}
