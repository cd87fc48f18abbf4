package dev.tollgate.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tollgate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the scanner cannot read is a finding, never a silent skip: special files, unreadable files,
 * link loops, names that are not UTF-8, and files beyond a linked directory. Real repositories made
 * with the git CLI; special files made with the system's tools.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a FIFO opened by mistake blocks: fail, not hang
class UnscannableFilesTest {

  private static final String TOKEN = "ghp_" + "a1B2c3D4e5F6".repeat(3);

  @TempDir Path dir;
  private TestRepository repo;

  @BeforeEach
  void init() {
    repo = TestRepository.initWithReadme(dir);
  }

  private List<String> scan(Scope scope) throws IOException {
    return scan(scope, WorkTreeFiles.NO_FOLLOW);
  }

  private List<String> scan(Scope scope, WorkTreeFiles.Opener opener) throws IOException {
    FilesConfig config = FilesConfig.builder().baseRef("main").build();
    return FileGuardRails.scan(dir, scope, config, opener).findings().stream()
        .map(f -> f.checkId() + "/" + f.kind() + " " + f.path())
        .toList();
  }

  private void sh(String script) {
    var r = TestRepository.exec(dir, Map.of(), null, List.of("/bin/sh", "-c", script));
    assertThat(r.exit()).as(r.output()).isZero();
  }

  @Test
  void aFifoWhereGitTracksAFileIsAFindingAndIsNeverOpened() throws IOException {
    repo.write("pipe.txt", "clean\n");
    repo.commitAll("chore: add pipe.txt");
    repo.git("checkout", "-q", "-b", "topic");
    repo.write("pipe.txt", "changed\n");
    repo.commitAll("chore: change pipe.txt");
    Files.delete(dir.resolve("pipe.txt"));
    sh("mkfifo pipe.txt");

    assertThat(scan(Scope.ALL)).containsExactly("unreadable/fifo pipe.txt");
    assertThat(scan(Scope.CHANGED)).containsExactly("unreadable/fifo pipe.txt");
    // the pre-commit scope reads the staged blob, not the working tree
    assertThat(scan(Scope.STAGED)).isEmpty();
    var fix = FileFixer.fix(dir, Scope.ALL, FilesConfig.builder().build());
    assertThat(fix.refused()).extracting(FileFinding::kind).containsExactly("fifo");
  }

  @Test
  void aFileThatCannotBeOpenedIsAFinding() throws IOException {
    repo.write("secret.env", "TOKEN=" + TOKEN + "\n");
    repo.commitAll("chore: add secret.env");
    // the tests run as root, who can read anything: fake the refusal at the open
    WorkTreeFiles.Opener denying =
        file -> {
          if (file.getFileName().toString().equals("secret.env")) {
            throw new AccessDeniedException(file.toString());
          }
          return WorkTreeFiles.NO_FOLLOW.open(file);
        };

    assertThat(scan(Scope.ALL, denying)).containsExactly("unreadable/permission secret.env");
  }

  @Test
  void aFileWithoutReadPermissionIsAFindingForUsersOtherThanRoot() throws IOException {
    repo.write("secret.env", "TOKEN=" + TOKEN + "\n");
    repo.commitAll("chore: add secret.env");
    Path file = dir.resolve("secret.env");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    try {
      assumeThat(Files.isReadable(file)).as("root reads files without permission").isFalse();
      assertThat(scan(Scope.ALL)).containsExactly("unreadable/permission secret.env");
    } finally {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void aDirectoryWhereGitTracksAFileIsAFinding() throws IOException {
    repo.write("config.yaml", "a: 1\n");
    repo.commitAll("chore: add config.yaml");
    Files.delete(dir.resolve("config.yaml"));
    Files.createDirectory(dir.resolve("config.yaml"));

    assertThat(scan(Scope.ALL)).containsExactly("unreadable/directory config.yaml");
  }

  @Test
  void aLinkLoopWhereGitTracksAFileIsAFinding() throws IOException {
    repo.write("app.properties", "a=1\n");
    repo.write("other.txt", "x\n");
    repo.commitAll("chore: add two files");
    Files.delete(dir.resolve("app.properties"));
    Files.createSymbolicLink(dir.resolve("app.properties"), Path.of("app.properties"));
    // a link where git tracks a file (an unstaged type change) is reported, never followed
    Files.delete(dir.resolve("other.txt"));
    Files.createSymbolicLink(dir.resolve("other.txt"), Path.of("README.md"));

    assertThat(scan(Scope.ALL))
        .containsExactly("unreadable/symlink-loop app.properties", "unreadable/symlink other.txt");
  }

  @Test
  void trackedLinksThatLoopAreANamesFinding() throws IOException {
    Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
    Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
    Files.createSymbolicLink(dir.resolve("self"), Path.of("self"));
    repo.git("add", "a", "b", "self");

    List<String> expected =
        List.of("names/symlink-loop a", "names/symlink-loop b", "names/symlink-loop self");
    assertThat(scan(Scope.STAGED)).containsExactlyElementsOf(expected);
    repo.commitAll("chore: add links");
    assertThat(scan(Scope.ALL)).containsExactlyElementsOf(expected);
  }

  @Test
  void aTrackedLinkIsCheckedAsALinkNotThroughItsTarget() throws IOException {
    Files.createDirectories(dir.resolve("conf"));
    repo.write("conf/real.env", "TOKEN=" + TOKEN + "\n");
    Files.createSymbolicLink(dir.resolve("link.env"), Path.of("conf/real.env"));
    repo.commitAll("chore: add a link");

    // the secret is found once, in the file git stores; the link holds only a path
    assertThat(scan(Scope.ALL)).containsExactly("secrets/secret conf/real.env");
  }

  @Test
  void namesThatAreNotUtf8AreReadInEveryScope() throws IOException {
    repo.git("checkout", "-q", "-b", "topic");
    sh("printf 'TOKEN=" + TOKEN + "\\n' > \"$(printf 'sec\\377ret.env')\"");
    sh(
        "mkdir \"$(printf 'd\\351j\\340')\" && printf 'x \\n' > \"$(printf 'd\\351j\\340/caf\\303\\251.txt')\"");
    repo.git("add", "-A");

    // names git stores as bytes that are no UTF-8 are shown escaped, as git's core.quotePath does
    List<String> expected =
        List.of(
            "names/not-utf8 sec\\377ret.env",
            "secrets/secret sec\\377ret.env",
            "names/not-utf8 d\\351j\\340/café.txt",
            "whitespace/trailing-ws d\\351j\\340/café.txt");
    assertThat(scan(Scope.STAGED)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(scan(Scope.ALL)).containsExactlyInAnyOrderElementsOf(expected);
    repo.commitAll("feat: add files with latin-1 names");
    assertThat(scan(Scope.CHANGED)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aFileBeyondALinkedDirectoryIsNeitherReadNorWritten(@TempDir Path outside)
      throws IOException {
    repo.write("lib/notes.txt", "trailing   \n");
    repo.commitAll("chore: add lib/notes.txt");
    Files.writeString(outside.resolve("notes.txt"), "outside   \n", StandardCharsets.UTF_8);
    Files.delete(dir.resolve("lib/notes.txt"));
    Files.delete(dir.resolve("lib"));
    Files.createSymbolicLink(dir.resolve("lib"), outside);

    var fix = FileFixer.fix(dir, Scope.ALL, FilesConfig.builder().build());

    assertThat(Files.readString(outside.resolve("notes.txt"))).isEqualTo("outside   \n");
    assertThat(fix.fixed()).isEmpty();
    assertThat(fix.refused()).hasSize(1);
    assertThat(fix.refused().get(0).kind()).isEqualTo("beyond-symlink");
    assertThat(fix.refused().get(0).message()).contains("outside the work tree");
    assertThat(fix.report().hasErrors()).isTrue();
    assertThat(scan(Scope.ALL)).containsExactly("unreadable/beyond-symlink lib/notes.txt");
  }
}
