package dev.tollgate.core.files;

import static dev.tollgate.core.files.CheckFixtures.kinds;
import static dev.tollgate.core.files.CheckFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OtherChecksTest {

  @Test
  void syntaxJson() {
    SyntaxCheck check = new SyntaxCheck();
    assertThat(scan(check, "a.json", "{\"a\": [1, 2.5e3, true, null, \"\\u00e9\"]}\n")).isEmpty();
    assertThat(kinds(scan(check, "a.json", "{\"a\": 1,}\n"))).containsExactly("syntax@1");
    assertThat(kinds(scan(check, "a.json", "{\n  'a': 1\n}\n"))).containsExactly("syntax@2");
    assertThat(kinds(scan(check, "a.json", "{} {}\n"))).containsExactly("syntax@1");
    assertThat(scan(check, "empty.json", "")).isEmpty();
  }

  @Test
  void syntaxYaml() {
    SyntaxCheck check = new SyntaxCheck();
    assertThat(scan(check, "a.yaml", "a:\n  b: [1, 2]\n---\nc: !!python/object x\n")).isEmpty();
    assertThat(kinds(scan(check, "a.yml", "a:\n  b: 1\n - c\n"))).containsExactly("syntax@3");
  }

  @Test
  void syntaxXmlIsSafeAgainstExternalEntities() {
    SyntaxCheck check = new SyntaxCheck();
    assertThat(scan(check, "a.xml", "<?xml version=\"1.0\"?>\n<a><b/></a>\n")).isEmpty();
    assertThat(kinds(scan(check, "a.xml", "<a>\n<b></a>\n"))).containsExactly("syntax@2");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
            + "<a>&e;</a>\n";
    // well-formed, and the entity is never resolved against the file system
    assertThat(scan(check, "x.xml", xxe)).isEmpty();
    String dtd = "<!DOCTYPE a SYSTEM \"http://tollgate.invalid/a.dtd\">\n<a/>\n";
    assertThat(scan(check, "d.xml", dtd)).isEmpty();
  }

  @Test
  void syntaxProperties() {
    SyntaxCheck check = new SyntaxCheck();
    assertThat(scan(check, "a.properties", "a=b\\u0041\n")).isEmpty();
    assertThat(kinds(scan(check, "a.properties", "a=\\u00zz\n"))).containsExactly("syntax@0");
  }

  @Test
  void largeFilesRespectLfsAndGrowth() {
    LargeFileCheck check = new LargeFileCheck(10);
    byte[] big = "0123456789abcdef\n".getBytes(StandardCharsets.UTF_8);
    assertThat(kinds(scan(check, "big.txt", big, 0100644))).containsExactly("large-file@0");
    assertThat(scan(check, new FileInfo("big.bin", 0100644, true, FileInfo.NOT_COMPARED), big))
        .isEmpty();
    assertThat(scan(check, new FileInfo("big.txt", 0100644, false, 100), big)).isEmpty();
    assertThat(scan(check, new FileInfo("big.txt", 0100644, false, 12), big)).hasSize(1);
    assertThat(scan(check, new FileInfo("big.txt", 0100644, false, FileInfo.NEW), big)).hasSize(1);
  }

  @Test
  void execBitsFromTheIndexMode() {
    ExecBitCheck check = new ExecBitCheck();
    byte[] script = "#!/bin/sh\necho\n".getBytes(StandardCharsets.UTF_8);
    byte[] text = "echo\n".getBytes(StandardCharsets.UTF_8);
    assertThat(scan(check, "run.sh", script, 0100755)).isEmpty();
    assertThat(kinds(scan(check, "run.sh", script, 0100644))).containsExactly("shebang-not-exec@1");
    assertThat(kinds(scan(check, "run.sh", text, 0100755))).containsExactly("exec-no-shebang@1");
    assertThat(scan(check, "tool", new byte[] {0x7f, 'E', 'L', 'F', 0}, 0100755)).isEmpty();
  }

  private static List<FileFinding> paths(PathCheck check, List<FileInfo> files, Set<String> all) {
    List<FileFinding> found = new ArrayList<>();
    check.check(
        files,
        new PathCheck.Tree() {
          @Override
          public Set<String> trackedPaths() {
            return all;
          }

          @Override
          public String linkTarget(FileInfo link) {
            return link.path().equals("out") ? "../../etc/passwd" : "missing.txt";
          }

          @Override
          public boolean exists(String path) {
            return all.contains(path);
          }
        },
        found::add);
    return found;
  }

  @Test
  void namesCaseConflictsWindowsNamesAndLinks() {
    NameCheck check = new NameCheck();
    var files =
        List.of(
            new FileInfo("docs/Readme.md", 0100644, false, FileInfo.NOT_COMPARED),
            new FileInfo("aux.txt", 0100644, false, FileInfo.NOT_COMPARED),
            new FileInfo("what?.txt", 0100644, false, FileInfo.NOT_COMPARED),
            new FileInfo("out", 0120000, false, FileInfo.NOT_COMPARED),
            new FileInfo("dangling", 0120000, false, FileInfo.NOT_COMPARED),
            new FileInfo("ok.txt", 0100644, false, FileInfo.NOT_COMPARED));
    Set<String> all =
        Set.of(
            "docs/Readme.md", "DOCS/other.md", "aux.txt", "what?.txt", "out", "dangling", "ok.txt");
    assertThat(kinds(paths(check, files, all)))
        .containsExactlyInAnyOrder(
            "case-conflict@0",
            "windows-name@0",
            "windows-name@0",
            "symlink-outside@0",
            "broken-symlink@0");
  }

  @Test
  void submodulesOnlyWhenNew() {
    SubmoduleCheck check = new SubmoduleCheck();
    var added = new FileInfo("lib", 0160000, false, FileInfo.NEW);
    var existing = new FileInfo("lib", 0160000, false, 0);
    assertThat(paths(check, List.of(added), Set.of("lib"))).hasSize(1);
    assertThat(paths(check, List.of(existing), Set.of("lib"))).isEmpty();
  }
}
