package dev.tollgate.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.io.PausePoint;
import dev.tollgate.core.testing.TestRepository;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault injection with real SIGKILL: a forked JVM runs {@code release:prepare}'s engine on a
 * 12-module reactor and pauses at a named point ({@link PausePoint}, test-only); the test kills it
 * with SIGKILL ({@link Process#destroyForcibly()}), then {@code release:rollback} must leave the
 * repository byte-identical: every file of the work tree (tracked, untracked, ignored), the index's
 * bytes, every ref and HEAD, no stray temporary file, no journal.
 */
class CrashSafetyTest {

  @TempDir Path tmp;

  static final int MODULES = 12;

  @ParameterizedTest(name = "killed at {0}")
  @ValueSource(
      strings = {
        "before-step:1",
        "after-file:m03/pom.xml", // mid-POM-edit: some POMs written, others not
        "write-temp:pom.xml", // inside one file's write: the temporary file exists
        "after-step:1",
        "after-file:README.md",
        "after-step:3", // changelog written, nothing committed
        "after-step:4", // between the release commit and the tag
        "after-step:5", // tagged, development version not yet written
        "staged", // the release staged in the index, not committed
        "after-file:m07/pom.xml#2", // mid-way through the development version
        "after-step:7", // development commit made, record not written
        "after-step:8" // record written, journal not yet removed
      })
  void rollbackAfterSigkillRestoresEveryByte(String point) throws Exception {
    Path repo = reactor();
    Map<String, String> before = snapshot(repo);

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + PausePoint.PROPERTY + "=" + point,
                "-cp",
                System.getProperty("java.class.path"),
                PrepareMain.class.getName(),
                repo.toString())
            .redirectErrorStream(true)
            .start();
    List<String> output = new ArrayList<>();
    boolean paused = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        output.add(line);
        if (line.equals("TOLLGATE-PAUSED " + point)) {
          paused = true;
          child.destroyForcibly(); // SIGKILL on POSIX
          break;
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(paused).as("paused at %s; output: %s", point, output).isTrue();
    assertThat(child.exitValue()).isEqualTo(137); // 128 + SIGKILL
    assertThat(snapshot(repo)).as("the kill left traces to restore").isNotEqualTo(before);

    // a new prepare refuses to start over the crash and names the fix
    try (GitRepository git = GitRepository.open(repo)) {
      assertThatThrownBy(() -> ReleasePrepare.plan(git, PrepareMain.request(repo)))
          .hasMessageContaining("was interrupted")
          .hasMessageContaining("release:rollback");
    }
    List<String> log = new ArrayList<>();
    try (GitRepository git = GitRepository.open(repo)) {
      ReleaseRollback.run(git, false, log::add);
    }
    assertThat(snapshot(repo)).isEqualTo(before);
    assertThat(log).anyMatch(l -> l.contains("Restored the repository from the journal"));

    // and the release then goes through
    try (GitRepository git = GitRepository.open(repo)) {
      ReleasePrepare.run(git, PrepareMain.request(repo), false, l -> {}, StepHook.NONE);
    }
    assertThat(TestRepository.at(repo).git("describe", "--tags", "HEAD~1")).isEqualTo("v1.2.0");
  }

  @Test
  void rollbackReadsAJournalOfTheEarlierOneCopyPerFileFormat() throws Exception {
    Path repo = reactor();
    Map<String, String> before = snapshot(repo);
    TestRepository t = TestRepository.at(repo);
    byte[] original = Files.readAllBytes(repo.resolve("pom.xml"));
    Path journal = repo.resolve(".git").resolve(ReleaseJournal.DIR);
    Files.createDirectories(journal.resolve("files"));
    Files.write(journal.resolve("files").resolve("0"), original);
    Files.write(journal.resolve("index.bytes"), Files.readAllBytes(repo.resolve(".git/index")));
    Files.writeString(
        journal.resolve("journal.properties"),
        String.join(
            "\n",
            "version=1.2.0",
            "tag=v1.2.0",
            "previousHead=" + t.git("rev-parse", "HEAD"),
            "branch=" + t.git("branch", "--show-current"),
            "steps=8",
            "done=0",
            "index=true",
            "record=false",
            "files=1",
            "file.0.path=pom.xml",
            "file.0.exists=true",
            "file.0.sha256=" + ReleaseJournal.sha256(original),
            ""));
    Files.writeString(repo.resolve("pom.xml"), "<project>half"); // killed mid-write
    try (GitRepository git = GitRepository.open(repo)) {
      ReleaseRollback.run(git, false, l -> {});
    }
    assertThat(snapshot(repo)).isEqualTo(before);
  }

  private Path reactor() throws Exception {
    Path repo = tmp.resolve("repo");
    TestRepository git = TestRepository.init(repo).configureIdentity();
    StringBuilder modules = new StringBuilder();
    for (int i = 1; i <= MODULES; i++) {
      String name = String.format("m%02d", i);
      modules.append("<module>").append(name).append("</module>");
      git.write(
          name + "/pom.xml",
          "<project>\n  <parent><groupId>g</groupId><artifactId>root</artifactId>"
              + "<version>1.2.0-SNAPSHOT</version></parent>\n  <artifactId>"
              + name
              + "</artifactId>\n</project>\n");
    }
    git.write(
        "pom.xml",
        "<project>\n  <groupId>g</groupId>\n  <artifactId>root</artifactId>\n"
            + "  <version>1.2.0-SNAPSHOT</version>\n  <packaging>pom</packaging>\n  <modules>"
            + modules
            + "</modules>\n</project>\n");
    git.write("README.md", "<version>1.1.0</version>\n");
    git.write("CHANGELOG.md", "## 1.1.0\n\n- older\n");
    git.write(".gitignore", "ignored/\n");
    git.commitAll("feat: reactor");
    git.write("ignored/build.log", "ignored file\n");
    git.write("untracked.txt", "untracked\n");
    return repo;
  }

  /** Every byte that rollback must restore, by name. */
  static Map<String, String> snapshot(Path repo) throws Exception {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(repo)) {
      for (Path p : walk.toList()) {
        String rel = repo.relativize(p).toString().replace('\\', '/');
        if (rel.isEmpty() || rel.equals(".git") || rel.startsWith(".git/")) {
          continue;
        }
        all.put(
            rel,
            Files.isDirectory(p)
                ? "dir"
                : ReleaseJournal.sha256(Files.readAllBytes(p))
                    + " "
                    + Files.getPosixFilePermissions(p));
      }
    }
    Path git = repo.resolve(".git");
    all.put(".git/index", ReleaseJournal.sha256(Files.readAllBytes(git.resolve("index"))));
    all.put(".git/HEAD", Files.readString(git.resolve("HEAD")));
    TestRepository t = TestRepository.at(repo);
    all.put("refs", t.git("for-each-ref", "--format=%(refname) %(objectname)"));
    all.put("head", t.git("rev-parse", "HEAD"));
    for (String stray : List.of("index.lock", "HEAD.lock", "tollgate")) {
      all.put(".git/" + stray, Boolean.toString(Files.exists(git.resolve(stray))));
    }
    return all;
  }

  /** The forked process: prepares 1.2.0 with a development version, like release:prepare. */
  public static final class PrepareMain {
    public static void main(String[] args) throws Exception {
      Path repo = Path.of(args[0]);
      try (GitRepository git = GitRepository.open(repo)) {
        ReleasePrepare.run(git, request(repo), false, System.out::println, StepHook.NONE);
      }
    }

    static PrepareRequest request(Path repo) throws Exception {
      List<Path> poms = new ArrayList<>();
      poms.add(repo.resolve("pom.xml"));
      for (int i = 1; i <= MODULES; i++) {
        poms.add(repo.resolve(String.format("m%02d", i)).resolve("pom.xml"));
      }
      byte[] changelog = Files.readAllBytes(repo.resolve("CHANGELOG.md"));
      return new PrepareRequest(
          repo,
          poms,
          "1.2.0",
          "1.2.1-SNAPSHOT",
          "v1.2.0",
          "chore(release): v1.2.0",
          "Release 1.2.0",
          "chore(release): start 1.2.1-SNAPSHOT",
          false,
          List.of(VersionFile.parse("README.md=<version>([^<]+)</version>")),
          List.of(
              new FileChange(
                  repo.resolve("CHANGELOG.md"),
                  changelog,
                  ("## 1.2.0\n\n- feat: reactor\n\n"
                          + new String(changelog, StandardCharsets.UTF_8))
                      .getBytes(StandardCharsets.UTF_8))),
          true,
          false,
          List.of(),
          List.of(),
          null,
          List.of());
    }
  }
}
