package dev.tollgate.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tasks see only what is staged, and everything else comes back byte for byte: the situations
 * the pre-commit framework's users reported for its stash (partially staged files, renames, binary
 * and CRLF files, files deleted in the work tree, intent-to-add files, fixers touching an unstaged
 * hunk, an interrupted hook), on real git repositories with real {@code sh} tasks.
 */
class UnstagedChangesTest {

  @TempDir Path dir;
  @TempDir Path seen;
  TestRepository repo;
  final List<String> out = new ArrayList<>();

  @BeforeEach
  void setUp() {
    repo = TestRepository.init(dir.resolve("repo"));
    repo.git("config", "core.autocrlf", "false");
  }

  /** A pre-commit task running {@code command} on the files matching {@code glob}. */
  private Report run(String glob, String command, Map<String, String> extraEnv) throws IOException {
    Map<String, String> s = new HashMap<>();
    s.put(TaskDefinitions.TASKS, "t.stage=pre-commit\nt.command=" + command + "\nt.files=" + glob);
    Map<String, String> env = new HashMap<>(System.getenv());
    env.putAll(extraEnv);
    return HookTasks.run(Stage.PRE_COMMIT, Settings.of(s), repo.dir(), env, out::add);
  }

  private Report run(String glob, String command) throws IOException {
    return run(glob, command, Map.of());
  }

  private byte[] bytes(String path) throws IOException {
    return Files.readAllBytes(repo.dir().resolve(path));
  }

  private void writeBytes(String path, byte[] content) throws IOException {
    Path file = repo.dir().resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  private String copyTo() {
    return "cp {files} " + ShellQuote.quote(seen.toString()) + "/";
  }

  private List<String> rules(Report report) {
    return report.findings().stream().map(Finding::ruleId).toList();
  }

  private void assertNothingLeft() {
    assertThat(repo.dir().resolve(".git").resolve(UnstagedChanges.STASH_DIR)).doesNotExist();
  }

  @Test
  void aPartiallyStagedFileIsCheckedAsStagedAndComesBackAsItWas() throws IOException {
    repo.write("a.txt", "one\n");
    repo.commitAll("chore: a");
    repo.write("a.txt", "one\ntwo\n");
    repo.git("add", "a.txt");
    repo.write("a.txt", "one\ntwo\nBAD\n");
    String index = repo.git("diff", "--cached");

    Report passes = run("*.txt", "! grep -q BAD {files}");

    assertThat(passes.hasErrors()).as(String.join("\n", out)).isFalse();
    assertThat(repo.dir().resolve("a.txt")).hasContent("one\ntwo\nBAD\n");
    assertThat(repo.git("diff", "--cached")).isEqualTo(index);
    assertNothingLeft();

    repo.git("add", "a.txt");
    repo.write("a.txt", "one\ntwo\n");
    Report fails = run("*.txt", "! grep -q BAD {files}");

    assertThat(rules(fails)).containsExactly("task-failed");
    assertThat(repo.dir().resolve("a.txt")).hasContent("one\ntwo\n");
    assertNothingLeft();
  }

  @Test
  void stagedAndUnstagedRenames() throws IOException {
    repo.write("old.txt", "content\n");
    repo.write("moved.txt", "stays\n");
    repo.commitAll("chore: files");
    repo.git("mv", "old.txt", "new.txt");
    repo.write("new.txt", "content\nunstaged edit\n");
    // an unstaged rename: deleted in the work tree, the new name untracked
    Files.move(repo.dir().resolve("moved.txt"), repo.dir().resolve("renamed.txt"));

    Report report = run("*.txt", copyTo() + " && test -f moved.txt && test ! -e renamed.txt");

    assertThat(report.hasErrors()).as(String.join("\n", out)).isFalse();
    assertThat(seen.resolve("new.txt")).hasContent("content\n");
    assertThat(repo.dir().resolve("new.txt")).hasContent("content\nunstaged edit\n");
    assertThat(repo.dir().resolve("moved.txt")).doesNotExist();
    assertThat(repo.dir().resolve("renamed.txt")).hasContent("stays\n");
    assertThat(repo.git("status", "--porcelain"))
        .contains("RM old.txt -> new.txt", "D moved.txt", "?? renamed.txt");
    assertNothingLeft();
  }

  @Test
  void binaryAndCrlfFilesComeBackByteForByte() throws IOException {
    byte[] binary = {0, 1, 2, '\r', '\n', (byte) 0xff, 0, '\n', 7};
    byte[] binaryStaged = {0, 1, 2, '\r', '\n', (byte) 0xfe};
    byte[] crlf = "a\r\nb\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] crlfStaged = "a\r\nb\r\nc\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] crlfWork = "a\r\nb\r\nc\r\nd\n".getBytes(StandardCharsets.US_ASCII);
    writeBytes("data.bin", binary);
    writeBytes("win.txt", crlf);
    repo.commitAll("chore: binary and crlf");
    writeBytes("data.bin", binaryStaged);
    writeBytes("win.txt", crlfStaged);
    repo.git("add", "data.bin", "win.txt");
    writeBytes("data.bin", binary);
    writeBytes("win.txt", crlfWork);

    Report report = run("*.bin,*.txt", copyTo());

    assertThat(report.hasErrors()).as(String.join("\n", out)).isFalse();
    assertThat(Files.readAllBytes(seen.resolve("data.bin"))).isEqualTo(binaryStaged);
    assertThat(Files.readAllBytes(seen.resolve("win.txt"))).isEqualTo(crlfStaged);
    assertThat(bytes("data.bin")).isEqualTo(binary);
    assertThat(bytes("win.txt")).isEqualTo(crlfWork);
    assertNothingLeft();
  }

  @Test
  void crlfWorkTreeWithAutocrlfComesBackByteForByte() throws IOException {
    repo.git("config", "core.autocrlf", "true");
    writeBytes("w.txt", "a\r\n".getBytes(StandardCharsets.US_ASCII));
    repo.commitAll("chore: w");
    writeBytes("w.txt", "a\r\nb\r\n".getBytes(StandardCharsets.US_ASCII));
    repo.git("add", "w.txt");
    byte[] work = "a\r\nb\r\nmixed\n".getBytes(StandardCharsets.US_ASCII);
    writeBytes("w.txt", work);

    Report report = run("*.txt", copyTo());

    assertThat(report.hasErrors()).as(String.join("\n", out)).isFalse();
    assertThat(Files.readAllBytes(seen.resolve("w.txt")))
        .isEqualTo("a\r\nb\r\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(bytes("w.txt")).isEqualTo(work);
    assertNothingLeft();
  }

  @Test
  void aFileDeletedInTheWorkTreeIsCheckedAsStagedAndDeletedAgain() throws IOException {
    repo.write("gone.txt", "v1\n");
    repo.commitAll("chore: gone");
    repo.write("gone.txt", "v2\n");
    repo.git("add", "gone.txt");
    Files.delete(repo.dir().resolve("gone.txt"));

    Report report = run("*.txt", copyTo());

    assertThat(report.hasErrors()).as(String.join("\n", out)).isFalse();
    assertThat(seen.resolve("gone.txt")).hasContent("v2\n");
    assertThat(repo.dir().resolve("gone.txt")).doesNotExist();
    assertThat(repo.git("status", "--porcelain")).contains("MD gone.txt");
    assertNothingLeft();
  }

  @Test
  void untrackedAndIntentToAddFilesAreSetAside() throws IOException {
    repo.write("a.txt", "a\n");
    repo.commitAll("chore: a");
    repo.write("a.txt", "b\n");
    repo.git("add", "a.txt");
    repo.write("notes/untracked.txt", "private\n");
    repo.write("later.txt", "intent\n");
    repo.git("add", "-N", "later.txt");

    Report report = run("*.txt", "test ! -e notes/untracked.txt && test ! -e later.txt");

    assertThat(report.hasErrors()).as(String.join("\n", out)).isFalse();
    assertThat(repo.dir().resolve("notes/untracked.txt")).hasContent("private\n");
    assertThat(repo.dir().resolve("later.txt")).hasContent("intent\n");
    assertThat(repo.git("status", "--porcelain")).contains(" A later.txt");
    assertNothingLeft();
  }

  @Test
  void aFixerChangeIsLeftUnstagedForReview() throws IOException {
    repo.write("f.txt", "x\n");
    repo.commitAll("chore: f");
    repo.write("f.txt", "bad x\n");
    repo.git("add", "f.txt");
    String index = repo.git("diff", "--cached");

    Report report = run("*.txt", "sed -i.orig 's/bad/good/' {files} && rm -f f.txt.orig");

    assertThat(rules(report)).containsExactly("task-changed-files");
    assertThat(report.findings().get(0).message()).contains("f.txt");
    assertThat(repo.dir().resolve("f.txt")).hasContent("good x\n");
    assertThat(repo.git("diff", "--cached")).isEqualTo(index);
    assertThat(String.join("\n", out)).contains("CHANGED FILES").contains("changed: f.txt");
    assertNothingLeft();
  }

  @Test
  void aFixerTouchingAFileWithAnUnstagedHunkIsRolledBack() throws IOException {
    repo.write("f.txt", "bad 1\nkeep\n");
    repo.commitAll("chore: f");
    repo.write("f.txt", "bad 1\nkeep\nbad 2\n");
    repo.git("add", "f.txt");
    byte[] work = "bad 1\nkeep\nbad 2\nbad unstaged 3\n".getBytes(StandardCharsets.UTF_8);
    writeBytes("f.txt", work);
    String index = repo.git("diff", "--cached");

    Report report = run("*.txt", "sed -i.orig 's/bad/good/' {files} && rm -f f.txt.orig");

    assertThat(rules(report)).contains("task-changes-rolled-back");
    assertThat(bytes("f.txt")).isEqualTo(work);
    assertThat(repo.git("diff", "--cached")).isEqualTo(index);
    assertNothingLeft();
  }

  @Test
  void aFailingTaskStillRestores() throws IOException {
    repo.write("a.txt", "a\n");
    repo.commitAll("chore: a");
    repo.write("a.txt", "b\n");
    repo.git("add", "a.txt");
    repo.write("a.txt", "c\n");
    repo.write("u.txt", "untracked\n");

    Report report = run("*.txt", "echo broken >&2; exit 3");

    assertThat(rules(report)).containsExactly("task-failed");
    assertThat(String.join("\n", out)).contains("FAILED").contains("| broken");
    assertThat(repo.dir().resolve("a.txt")).hasContent("c\n");
    assertThat(repo.dir().resolve("u.txt")).hasContent("untracked\n");
    assertNothingLeft();
  }

  @Test
  void skippedTasksAreShownAndDoNotRun() throws IOException {
    repo.write("a.txt", "a\n");
    repo.git("add", "a.txt");

    Report report = run("*.txt", "exit 1", Map.of("TOLLGATE_SKIP", "t,typo"));

    assertThat(report.hasErrors()).isFalse();
    assertThat(String.join("\n", out))
        .contains("t  skipped")
        .contains("TOLLGATE_SKIP names [typo], which no task has");
  }

  @Test
  void aStageWhoseGlobsMatchNothingRunsNothing() throws IOException {
    repo.write("a.txt", "a\n");
    repo.git("add", "a.txt");
    repo.write("a.txt", "unstaged\n");

    Report report = run("*.java", "exit 1");

    assertThat(report.hasErrors()).isFalse();
    assertThat(out).isEmpty();
    assertThat(repo.dir().resolve("a.txt")).hasContent("unstaged\n");
  }

  @Test
  void aLeftoverStashStopsTheHookWithTheWayBack() throws IOException {
    repo.write("a.txt", "a\n");
    repo.git("add", "a.txt");
    Files.createDirectories(repo.dir().resolve(".git").resolve(UnstagedChanges.STASH_DIR));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("*.txt", "true"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("manifest");
  }

  @Test
  void anInterruptedHookPutsEverythingBack() throws Exception {
    repo.write("a.txt", "a\n");
    repo.commitAll("chore: a");
    repo.write("a.txt", "staged\n");
    repo.git("add", "a.txt");
    byte[] work = "staged\nunstaged\r\n".getBytes(StandardCharsets.UTF_8);
    writeBytes("a.txt", work);
    repo.write("u.txt", "untracked\n");
    Path settings = dir.resolve("hooks.properties");
    Files.writeString(
        settings,
        "tollgate.tasks=t.stage\\=pre-commit\\nt.command\\=sleep 60\\nt.files\\=*.txt\n",
        StandardCharsets.ISO_8859_1);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process hook =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                dev.tollgate.core.hooks.HookMain.class.getName(),
                "pre-commit",
                settings.toString())
            .directory(repo.dir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("hook.log").toFile())
            .start();
    Path stash = repo.dir().resolve(".git").resolve(UnstagedChanges.STASH_DIR);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!(Files.exists(stash) && "staged\n".equals(read("a.txt")))
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(read("a.txt")).as("the hook set the unstaged changes aside").isEqualTo("staged\n");
    Thread.sleep(300); // the task is running

    hook.destroy(); // SIGTERM, as when the terminal closes; Ctrl-C (SIGINT) runs the same guard
    assertThat(hook.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(bytes("a.txt")).isEqualTo(work);
    assertThat(repo.dir().resolve("u.txt")).hasContent("untracked\n");
    assertThat(stash).doesNotExist();
  }

  @Test
  void prePushTasksGetTheFilesTheBranchChangesSinceItsUpstream() throws IOException {
    TestRepository.initBare(dir.resolve("remote.git"));
    repo.write("a.txt", "a\n");
    repo.commitAll("chore: a");
    repo.git("remote", "add", "origin", dir.resolve("remote.git").toString());
    repo.git("push", "-q", "-u", "origin", "main");
    repo.write("b.txt", "b\n");
    repo.commitAll("feat: b");
    Map<String, String> s = new HashMap<>();
    s.put(
        TaskDefinitions.TASKS,
        "t.stage=pre-push\nt.command="
            + copyTo()
            + "\nt.files=*.txt\n"
            + "c.stage=pre-commit\nc.command=exit 1");

    Report report =
        HookTasks.run(Stage.PRE_PUSH, Settings.of(s), repo.dir(), System.getenv(), out::add);

    assertThat(report.hasErrors()).as(String.join("\n", out)).isFalse();
    assertThat(seen.resolve("b.txt")).exists();
    assertThat(seen.resolve("a.txt")).doesNotExist();
    assertThat(String.join("\n", out)).contains("tasks (pre-push) on 1 changed file(s)");
  }

  private String read(String path) {
    try {
      return Files.readString(repo.dir().resolve(path));
    } catch (IOException e) {
      return "";
    }
  }
}
