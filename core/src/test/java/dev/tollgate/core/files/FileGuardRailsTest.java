package dev.tollgate.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole scan on real repositories made with JGit. */
class FileGuardRailsTest {

  @TempDir Path dir;
  private Git git;
  private static final String AWS_ID = "AKIA" + "Q3EGRZTWBN5KX7VM";

  @BeforeEach
  void init() throws Exception {
    git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    git.getRepository().getConfig().setBoolean("core", null, "autocrlf", false);
  }

  private void write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private void commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    PersonIdent who = new PersonIdent("Tollgate Test", "test@tollgate.invalid");
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
  }

  private List<String> scan(Scope scope, FilesConfig config) throws Exception {
    return FileGuardRails.scan(dir, scope, config).findings().stream()
        .map(f -> f.kind() + " " + f.path() + ":" + f.line())
        .toList();
  }

  private List<String> scan(Scope scope) throws Exception {
    return scan(scope, FilesConfig.builder().build());
  }

  @Test
  void allScopeReadsTrackedFilesOnly() throws Exception {
    write(".gitignore", "ignored.txt\n");
    write("tracked.txt", "a \n");
    commit("chore: init");
    write("untracked.txt", "b \n");
    write("ignored.txt", "c \n");
    assertThat(scan(Scope.ALL)).containsExactly("trailing-ws tracked.txt:1");
  }

  @Test
  void stagedScopeReadsTheIndexNotTheWorkingFile() throws Exception {
    write("a.txt", "clean\n");
    write("b.txt", "untouched \n");
    commit("chore: init");
    write("a.txt", "<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> z\n");
    git.add().addFilepattern("a.txt").call();
    write("a.txt", "clean\n");
    assertThat(scan(Scope.STAGED)).containsExactly("conflict a.txt:1");
    assertThat(scan(Scope.ALL)).containsExactly("trailing-ws b.txt:1");
  }

  @Test
  void changedScopeReportsOnlyWhatTheBranchChanged() throws Exception {
    write("old.txt", "old \n");
    commit("chore: init");
    git.checkout().setCreateBranch(true).setName("feature").call();
    write("new.txt", "new \n");
    commit("feat: new");
    FilesConfig config = FilesConfig.builder().baseRef("main").build();
    assertThat(scan(Scope.CHANGED, config)).containsExactly("trailing-ws new.txt:1");
    ScanResult result = FileGuardRails.scan(dir, Scope.CHANGED, config);
    assertThat(result.baseRef()).contains("main");
  }

  @Test
  void changedScopeNeedsAResolvableBase() throws Exception {
    write("a.txt", "a\n");
    commit("chore: init");
    assertThatThrownBy(() -> scan(Scope.CHANGED))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("tollgate.files.base");
    FilesConfig missing = FilesConfig.builder().baseRef("nope").build();
    assertThatThrownBy(() -> scan(Scope.CHANGED, missing))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("'nope' does not resolve");
  }

  @Test
  void ciPullRequestsDefaultToChangedScope() {
    Map<String, String> pr =
        Map.of(
            "GITHUB_ACTIONS", "true",
            "GITHUB_EVENT_NAME", "pull_request",
            "GITHUB_BASE_REF", "main",
            "GITHUB_HEAD_REF", "feature");
    assertThat(FileGuardRails.defaultScope(Map.of())).isEqualTo(Scope.ALL);
    assertThat(FileGuardRails.defaultScope(Map.of("CI", "true"))).isEqualTo(Scope.ALL);
    assertThat(FileGuardRails.defaultScope(pr)).isEqualTo(Scope.CHANGED);
    assertThat(FileGuardRails.ciBaseRef(pr)).contains("origin/main");
  }

  @Test
  void lfsFilesAreNotLargeFiles() throws Exception {
    write(".gitattributes", "*.bin filter=lfs diff=lfs merge=lfs -text\n");
    write("big.bin", "x\n".repeat(100));
    write("big.txt", "x\n".repeat(100));
    commit("chore: init");
    FilesConfig config = FilesConfig.builder().maxSize(100).build();
    assertThat(scan(Scope.ALL, config)).containsExactly("large-file big.txt:0");
  }

  @Test
  void includesAndExcludes() throws Exception {
    write("a/x.txt", "x \n");
    write("b/y.txt", "y \n");
    commit("chore: init");
    assertThat(scan(Scope.ALL, FilesConfig.builder().includes(List.of("a/")).build()))
        .containsExactly("trailing-ws a/x.txt:1");
    assertThat(scan(Scope.ALL, FilesConfig.builder().excludes(List.of("a/**")).build()))
        .containsExactly("trailing-ws b/y.txt:1");
  }

  @Test
  void levelsTurnChecksOffAndChangeSeverity() throws Exception {
    write("a.txt", "a \n");
    commit("chore: init");
    FilesConfig off = FilesConfig.builder().level(WhitespaceCheck.ID, null).build();
    assertThat(scan(Scope.ALL, off)).isEmpty();
    FilesConfig warn =
        FilesConfig.builder()
            .level(WhitespaceCheck.ID, dev.tollgate.core.report.Severity.WARN)
            .build();
    Report report = FileGuardRails.check(dir, Scope.ALL, warn);
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void baselineAcceptsExistingSecretsOnly() throws Exception {
    write("a.properties", "id=" + AWS_ID + "\n");
    commit("chore: init");
    Path baseline = Path.of(".tollgate/secrets-baseline.tsv");
    FilesConfig update = FilesConfig.builder().baseline(baseline).updateBaseline(true).build();
    ScanResult updated = FileGuardRails.scan(dir, Scope.ALL, update);
    assertThat(updated.findings()).isEmpty();
    assertThat(updated.notes())
        .singleElement()
        .extracting(f -> f.message())
        .asString()
        .contains("1 finding accepted");
    String stored = Files.readString(dir.resolve(baseline));
    assertThat(stored).contains("a.properties").doesNotContain(AWS_ID);

    FilesConfig use = FilesConfig.builder().baseline(baseline).build();
    assertThat(scan(Scope.ALL, use)).isEmpty();
    write("b.properties", "id=" + AWS_ID + "\n");
    commit("chore: another");
    assertThat(scan(Scope.ALL, use)).containsExactly("secret b.properties:1");
  }

  @Test
  void execBitsAndSymlinksComeFromTheIndex() throws Exception {
    write("run.sh", "echo hi\n");
    dir.resolve("run.sh").toFile().setExecutable(true);
    write("tool.sh", "#!/bin/sh\necho\n");
    Files.createSymbolicLink(dir.resolve("out"), Path.of("../../outside"));
    Files.createSymbolicLink(dir.resolve("dangling"), Path.of("missing.txt"));
    Files.createSymbolicLink(dir.resolve("fine"), Path.of("tool.sh"));
    commit("chore: init");
    assertThat(scan(Scope.ALL))
        .containsExactly(
            "broken-symlink dangling:0",
            "symlink-outside out:0",
            "exec-no-shebang run.sh:1",
            "shebang-not-exec tool.sh:1");
  }

  @Test
  void notAGitRepository(@TempDir Path elsewhere) {
    assertThatThrownBy(
            () -> FileGuardRails.scan(elsewhere, Scope.ALL, FilesConfig.builder().build()))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("no git repository at or above");
  }

  @Test
  void commitsScopeFindsASecretAddedAndRemovedWithinTheRange() throws Exception {
    write("a.txt", "base\n");
    commit("chore: base");
    String base = git.getRepository().resolve("HEAD").name();
    write("conf/app.properties", "x=1\naws.accessKeyId=" + AWS_ID + "\n");
    commit("feat: add config");
    write("conf/app.properties", "x=1\n");
    commit("fix: remove the key");
    String head = git.getRepository().resolve("HEAD").name();
    assertThat(scan(Scope.ALL)).isEmpty();
    var result =
        FileGuardRails.scanCommits(
            dir,
            new dev.tollgate.core.git.CommitRange(base, head, "test range"),
            FilesConfig.builder().build());
    assertThat(result.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path() + ":" + f.line()).isEqualTo("conf/app.properties:2");
              assertThat(f.message()).startsWith("in commit ").contains("AKIA…(20 chars)");
            });
  }

  @Test
  void baselineUpdateKeepsEntriesOfFilesOutsideTheRun() throws Exception {
    write("src/a.properties", "aws.accessKeyId=" + AWS_ID + "\n");
    write(
        ".tollgate/secrets-baseline.tsv",
        "# kept\n0123456789abcdef0123456789abcdef\tother/keep.properties\t3\n");
    commit("chore: init");
    FileGuardRails.scan(
        dir,
        Scope.ALL,
        FilesConfig.builder()
            .includes(List.of("src/"))
            .baseline(Path.of(".tollgate/secrets-baseline.tsv"))
            .updateBaseline(true)
            .build());
    String baseline = Files.readString(dir.resolve(".tollgate/secrets-baseline.tsv"));
    assertThat(baseline)
        .contains("0123456789abcdef0123456789abcdef\tother/keep.properties\t3")
        .contains("\tsrc/a.properties\t1");
  }
}
