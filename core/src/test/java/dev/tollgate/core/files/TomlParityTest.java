package dev.tollgate.core.files;

import static dev.tollgate.core.files.CheckFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.pattern.GlobPattern;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The syntax check's TOML against pre-commit-hooks' check-toml, whose parser is Python's tomllib:
 * {@code toml-parity.tsv} holds each case with tomllib's verdict ({@code it/corpus/toml-cases.py}
 * writes it).
 */
class TomlParityTest {

  /**
   * Where Jackson's TOML 1.0 parser and tomllib disagree (docs/files.md): the lower-case {@code t}
   * and {@code z} RFC 3339 allows in dates are refused; a {@code \\u} escape naming a surrogate is
   * accepted; dotted keys under a later {@code [a]} that add to a table its own header or an array
   * of tables defined (toml-lang/toml#846) are accepted.
   */
  private static final Map<String, String> KNOWN_DIFFERENCES =
      Map.of(
          "offset-datetime", "invalid",
          "surrogate-escape", "valid",
          "dotted-keys-extend-header-table", "valid",
          "dotted-keys-extend-array-of-tables", "valid");

  private final SyntaxCheck check = new SyntaxCheck();

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = TomlParityTest.class.getResourceAsStream("/files/toml-parity.tsv")) {
      String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return tsv
          .lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .map(line -> line.split("\t", 3))
          .map(f -> Arguments.of(f[0], f[1], unescape(f.length > 2 ? f[2] : "")))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void verdictAsTomllib(String id, String tomllib, byte[] content) {
    List<FileFinding> found = scan(check, "config.toml", content, 0100644);
    String verdict = found.isEmpty() ? "valid" : "invalid";
    assertThat(verdict)
        .as("%s: %s", id, found)
        .isEqualTo(KNOWN_DIFFERENCES.getOrDefault(id, tomllib));
    for (FileFinding finding : found) {
      assertThat(finding.message()).startsWith("invalid TOML: ");
      assertThat(finding.line()).as("%s: %s", id, finding).isPositive();
    }
  }

  @Test
  void theCaseListCoversBothVerdictsAndTheKnownDifferencesExist() throws IOException {
    List<Arguments> all = cases().toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(100);
    assertThat(all.stream().map(a -> (String) a.get()[1]).distinct())
        .containsExactlyInAnyOrder("valid", "invalid");
    assertThat(all.stream().map(a -> (String) a.get()[0])).containsAll(KNOWN_DIFFERENCES.keySet());
  }

  private String problem(String path, byte[] content) {
    var found = scan(check, path, content, 0100644);
    return found.isEmpty()
        ? ""
        : found.get(0).line() + ":" + found.get(0).column() + " " + found.get(0).message();
  }

  private String problem(String path, String content) {
    return problem(path, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void findingsNameTheLineAndColumn() {
    assertThat(problem("a.toml", "[t]\nname = \"x\"\n[t]\n"))
        .startsWith("3:")
        .contains("invalid TOML: ");
    assertThat(problem("a.toml", "a = 1\nb = \"\\q\"\n")).startsWith("2:");
    assertThat(problem("a.toml", "a = 1\r\nb = 2\r\na = 3\r\n"))
        .isEqualTo("3:6 invalid TOML: Duplicate key");
    assertThat(problem("a.toml", "[t]\nb = 1\nc = 2\nb = 3"))
        .isEqualTo("4:6 invalid TOML: Duplicate key");
    assertThat(problem("a.toml", "a = 1\n\nd = 1979-02-30\n"))
        .isEqualTo(
            "3:5 invalid TOML: invalid date or time: Text '1979-02-30' could not be parsed:"
                + " Invalid date 'FEBRUARY 30'");
    byte[] latin1 = "a = 1\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(problem("a.toml", latin1)).isEqualTo("2:6 invalid TOML: invalid UTF-8 (byte 0xE9)");
    byte[] late = "# \u00e9t\u00e9 \u2713\nx = \"\u00e9\u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[late.length + 2];
    System.arraycopy(late, 0, broken, 0, late.length);
    broken[late.length] = (byte) 0xC3;
    broken[late.length + 1] = '"';
    assertThat(problem("a.toml", broken)).isEqualTo("2:8 invalid TOML: invalid UTF-8 (byte 0xC3)");
  }

  @Test
  void readsTheFilesCheckTomlReads() {
    String broken = "a = 1\na = 2\n";
    assertThat(problem("pyproject.toml", broken)).contains("invalid TOML");
    assertThat(problem("crates/core/Cargo.toml", broken)).contains("invalid TOML");
    assertThat(problem("Pipfile", broken)).contains("invalid TOML");
    assertThat(problem("app/poetry.lock", broken)).contains("invalid TOML");
    assertThat(problem("notes.txt", broken)).isEmpty();
    assertThat(problem("Cargo.lock", broken)).isEmpty();
  }

  @Test
  void theTomlGlobsAreConfigurable() {
    SyntaxCheck custom =
        new SyntaxCheck(
            GlobPattern.paths(FilesConfig.DEFAULT_JSONC),
            GlobPattern.paths(List.of("**/*.toml", "Cargo.lock", "*.toml.in")));
    var file = new FileInfo("Cargo.lock", 0100644, false, FileInfo.NOT_COMPARED);
    assertThat(custom.appliesTo(file)).isTrue();
    assertThat(scan(custom, "Cargo.lock", "[[package]]\nname = 1\nname = 2\n")).hasSize(1);
    assertThat(scan(custom, "x.toml.in", "a = \n")).hasSize(1);
    SyntaxCheck none = new SyntaxCheck(GlobPattern.paths(FilesConfig.DEFAULT_JSONC), List.of());
    assertThat(none.appliesTo(new FileInfo("a.toml", 0100644, false, FileInfo.NOT_COMPARED)))
        .isFalse();
  }

  @Test
  void theDefaultGlobsAreTheDocumentedOnes() {
    assertThat(Set.copyOf(FilesConfig.DEFAULT_TOML))
        .isEqualTo(Set.of("**/*.toml", "Pipfile", "poetry.lock"));
  }

  /** The case file's escapes: {@code \n \r \t \\} and {@code \xNN} for any other byte. */
  static byte[] unescape(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.write(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> out.write('\n');
        case 'r' -> out.write('\r');
        case 't' -> out.write('\t');
        case '\\' -> out.write('\\');
        case 'x' -> {
          out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + n + " in " + s);
      }
    }
    return out.toByteArray();
  }
}
