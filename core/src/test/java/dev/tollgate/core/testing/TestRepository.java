package dev.tollgate.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real git repository for tests, built with the git CLI: a fixed identity, no system or global
 * configuration, no signing, {@code LC_ALL=C}. The one way tests make repositories, so that what
 * they read is what git itself wrote.
 */
public final class TestRepository {

  private final Path dir;
  private int counter;

  private TestRepository(Path dir) {
    this.dir = dir;
  }

  /** A new, empty repository on branch {@code main}. */
  public static TestRepository init(Path dir) {
    TestRepository repo = new TestRepository(dir);
    repo.git("init", "-q", "-b", "main");
    return repo;
  }

  /** A new repository on branch {@code main} with one commit of the given message. */
  public static TestRepository init(Path dir, String firstMessage) {
    TestRepository repo = init(dir);
    repo.commit(firstMessage);
    return repo;
  }

  /** A new repository on branch {@code main} whose one commit adds {@code README.md}. */
  public static TestRepository initWithReadme(Path dir) {
    TestRepository repo = init(dir);
    repo.write("README.md", "hello\n");
    repo.git("add", "README.md");
    repo.git("commit", "-q", "--no-verify", "-m", "chore: initial commit");
    return repo;
  }

  /** A new bare repository (a local remote) on branch {@code main}. */
  public static TestRepository initBare(Path dir) {
    TestRepository repo = new TestRepository(dir);
    repo.git("init", "-q", "--bare", "-b", "main");
    return repo;
  }

  /** Wraps an existing repository (e.g. a clone). */
  public static TestRepository at(Path dir) {
    return new TestRepository(dir);
  }

  /** The working tree (or, for a bare repository, the repository directory). */
  public Path dir() {
    return dir;
  }

  /** Writes a file of the working tree (UTF-8), creating its directories. */
  public Path write(String path, String content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits a new file with exactly the given message (no cleanup); returns the new commit id. */
  public String commit(String message) {
    try {
      String file = "file-" + (counter++) + ".txt";
      write(file, message + "\n");
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

  /** Stages everything and commits it with the message; returns the new commit id. */
  public String commitAll(String message) {
    git("add", "-A");
    git("commit", "-q", "--no-verify", "-m", message);
    return head();
  }

  /** The id of the commit HEAD points at. */
  public String head() {
    return git("rev-parse", "HEAD");
  }

  /** A file's exact content at a revision, e.g. {@code show("HEAD", "pom.xml")}. */
  public String show(String revision, String path) {
    Result r = run(dir, Map.of(), null, "show", revision + ":" + path);
    if (r.exit() != 0) {
      throw new AssertionError("git show " + revision + ":" + path + " failed:\n" + r.output());
    }
    return r.output();
  }

  /** The object id a revision names, or empty when it names nothing. */
  public Optional<String> resolve(String revision) {
    Result r = run(dir, Map.of(), null, "rev-parse", "-q", "--verify", revision);
    return r.exit() == 0 ? Optional.of(r.output().strip()) : Optional.empty();
  }

  /** Sets the identity and unsigned commits in the repository's own configuration, for JGit. */
  public TestRepository configureIdentity() {
    git("config", "user.name", "Tollgate Test");
    git("config", "user.email", "test@tollgate.invalid");
    git("config", "commit.gpgsign", "false");
    return this;
  }

  /** Runs git in the repository and returns its trimmed output; fails the test on error. */
  public String git(String... args) {
    return git(dir, args);
  }

  /** Runs git in {@code dir} and returns its trimmed output; fails the test on error. */
  public static String git(Path dir, String... args) {
    Result r = run(dir, Map.of(), null, args);
    if (r.exit() != 0) {
      throw new AssertionError("git " + String.join(" ", args) + " failed:\n" + r.output());
    }
    return r.output().strip();
  }

  /** The outcome of a command: its exit code and its output (standard error merged in). */
  public record Result(int exit, String output) {}

  /** Runs git with extra environment and optional standard input, whatever its exit code. */
  public static Result run(Path dir, Map<String, String> extraEnv, String stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    return exec(dir, extraEnv, stdin, command);
  }

  /** Runs any command (a hook, a script) with the tests' git environment. */
  public static Result exec(
      Path dir, Map<String, String> extraEnv, String stdin, List<String> command) {
    try {
      Files.createDirectories(dir);
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
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
