package dev.tollgate.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .gitattributes and core.autocrlf decide text-ness and line endings, in the check and the fix. */
class GitTextRuleTest {

  @TempDir Path dir;
  private Git git;

  @BeforeEach
  void init() throws Exception {
    git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    git.getRepository().getConfig().setBoolean("core", null, "autocrlf", false);
  }

  private void write(String path, String content) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
  }

  private void add() throws Exception {
    // files go into the index as they are: autocrlf and attributes only matter for the check
    git.add().addFilepattern(".").call();
    PersonIdent who = new PersonIdent("T", "t@tollgate.invalid");
    git.commit().setMessage("chore: init").setAuthor(who).setCommitter(who).call();
  }

  private List<String> scan(FilesConfig config) throws Exception {
    return FileGuardRails.scan(dir, Scope.ALL, config).findings().stream()
        .filter(f -> f.checkId().equals(WhitespaceCheck.ID))
        .map(f -> f.kind() + " " + f.path())
        .toList();
  }

  @Test
  void gitattributesDecideTheLineEndings() throws Exception {
    write(
        ".gitattributes",
        "*.cmd text eol=crlf\n/mvnw text eol=lf\n*.bin binary\nlegacy/** -text\n");
    write("mvnw.cmd", "@echo off\r\nexit\r\n");
    write("bad.cmd", "@echo off\nexit\n");
    write("mvnw", "#!/bin/sh\nexit 0\n");
    write("data.bin", "a \r\nb\n");
    write("legacy/mixed.txt", "a\r\nb\n");
    write("plain.txt", "a\r\n");
    add();
    assertThat(scan(FilesConfig.builder().build()))
        .containsExactlyInAnyOrder("lf bad.cmd", "crlf plain.txt");
    // lineEndings=crlf is the project's rule for files git leaves alone; mvnw stays LF
    assertThat(scan(FilesConfig.builder().lineEndings(LineEndings.CRLF).build()))
        .containsExactlyInAnyOrder("lf bad.cmd", "lf .gitattributes");
  }

  @Test
  void autocrlfTrueMeansCrlfInTheWorkTree() throws Exception {
    write("a.txt", "a\r\nb\r\n");
    write("b.txt", "a\nb\n");
    add();
    StoredConfig config = git.getRepository().getConfig();
    config.setString("core", null, "autocrlf", "true");
    config.save();
    assertThat(scan(FilesConfig.builder().build())).containsExactly("lf b.txt");
  }

  @Test
  void theFixFollowsGitToo() throws Exception {
    write(".gitattributes", "*.cmd text eol=crlf\n/mvnw text eol=lf\n");
    write("run.cmd", "@echo off  \nexit\n");
    write("mvnw", "#!/bin/sh\r\nexit 0\r\n");
    add();
    FileFixer.fix(dir, Scope.ALL, FilesConfig.builder().lineEndings(LineEndings.CRLF).build());
    assertThat(Files.readString(dir.resolve("run.cmd"))).isEqualTo("@echo off\r\nexit\r\n");
    assertThat(Files.readString(dir.resolve("mvnw"))).isEqualTo("#!/bin/sh\nexit 0\n");
    assertThat(scan(FilesConfig.builder().lineEndings(LineEndings.CRLF).build())).isEmpty();
  }

  @Test
  void reportOnlyLineEndingsAreNotFixed() throws Exception {
    write("a.txt", "a \r\n");
    add();
    FileFixer.fix(dir, Scope.ALL, FilesConfig.builder().fixLineEndings(false).build());
    assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("a\r\n");
    assertThat(scan(FilesConfig.builder().build())).containsExactly("crlf a.txt");
  }

  @Test
  void perCheckExcludesLeaveTheOtherChecksOn() throws Exception {
    write("icons/a.svg", "<svg/> \n");
    write(
        "icons/key.svg",
        "<svg/>\n<!-- aws_secret_access_key = q8Zr2LmX9vT4kW7nB3cY6hJ1xPq2R5s8Tn3V -->\n");
    add();
    FilesConfig config =
        FilesConfig.builder().checkExcludes(WhitespaceCheck.ID, List.of("*.svg")).build();
    var found =
        FileGuardRails.scan(dir, Scope.ALL, config).findings().stream()
            .map(f -> f.checkId() + " " + f.path())
            .toList();
    assertThat(found).containsExactly("secrets icons/key.svg");
    FileFixer.fix(dir, Scope.ALL, config);
    assertThat(Files.readString(dir.resolve("icons/a.svg"))).isEqualTo("<svg/> \n");
  }
}
