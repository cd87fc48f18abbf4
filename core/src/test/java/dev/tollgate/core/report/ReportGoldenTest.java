package dev.tollgate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four outputs of one fixed set of findings, published as a goal publishes them, compared byte
 * for byte with {@code src/test/resources/report/findings.*}: the Maven log lines, {@code
 * <goal>.json}, {@code <goal>.sarif} and the GitHub Actions annotations. The tool version and the
 * environment are injected, so the outputs depend on nothing else. Run with {@code
 * -Dtollgate.golden.update=true} to rewrite them after an intended change, then review the diff.
 */
class ReportGoldenTest {

  static final String TOOL_VERSION = "9.9.9-golden";

  private static final String TOKEN = RecordingLog.TOKEN;

  /**
   * Every shape a finding takes: file:line:col, file:line, a whole file, a commit, no location;
   * error, warning and info; with and without a fix (one of two lines); non-ASCII text; text that
   * JSON, SARIF and workflow commands must escape; a secret, which every output shows masked.
   */
  static Report report() {
    return new Report(
        "files",
        List.of(
            new Finding(
                "conflict-markers",
                Severity.ERROR,
                Location.file("src/main/java/Ünï Ködé.java", 12, 5),
                "merge conflict markers (the block ends on line 18)",
                "resolve the conflict and remove the markers"),
            new Finding(
                "whitespace",
                Severity.WARN,
                Location.file("a:b,c%d.md", 3, 0),
                "trailing whitespace",
                ""),
            new Finding(
                "large-file",
                Severity.ERROR,
                Location.file("assets/video.bin"),
                "the file is 12,288 KB, over the limit of 500 KB",
                "keep large files out of git (or track them with Git LFS: git lfs track"
                    + " 'assets/video.bin'), or raise tollgate.files.maxSize"),
            new Finding(
                "type-enum",
                Severity.WARN,
                Location.commit("0123456789abcdef0123456789abcdef01234567"),
                "'bugfix: handle \"quotes\", C:\\temp\\ and </script>' has the type 'bugfix'",
                "allowed types: feat, fix\nexample: fix(core): handle empty input"),
            new Finding(
                "secrets",
                Severity.ERROR,
                Location.file("config/app.properties", 7, 14),
                "GitHub token " + TOKEN,
                "rotate the credential and load it from the environment"),
            new Finding(
                "maven-wrapper",
                Severity.WARN,
                Location.nowhere(),
                "100% of builds use\tthe system Maven\r\u0001 — naïve ✓ 🚀 \u2028end",
                "run 'mvn wrapper:wrapper -Dmaven=3.9.11'"),
            new Finding(
                "detached-head",
                Severity.INFO,
                Location.nowhere(),
                "HEAD is detached, so there is no branch to protect; passing",
                "")));
  }

  @Test
  void everyOutputMatchesItsGoldenFile(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    List<String> log = new ArrayList<>();
    new ReportPublisher(
            dir,
            TOOL_VERSION,
            Map.of("GITHUB_ACTIONS", "true"),
            new PrintStream(stdout, true, StandardCharsets.UTF_8))
        .publish(report(), mavenLog(log));

    Map<String, String> outputs =
        Map.of(
            "findings.log", lines(log),
            "findings.json", Files.readString(dir.resolve("files.json")),
            "findings.sarif", Files.readString(dir.resolve("files.sarif")),
            "findings.annotations",
                lines(stdout.toString(StandardCharsets.UTF_8).lines().toList()));
    for (Map.Entry<String, String> output : new TreeMap<>(outputs).entrySet()) {
      assertThat(output.getValue())
          .as(output.getKey() + " shows the secret masked, never whole")
          .contains("ghp_…(40 chars)")
          .doesNotContain(TOKEN.substring(4));
      golden(output.getKey(), output.getValue());
    }
  }

  private static String lines(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  /** The log as Maven prints it: the level in brackets, then the line. */
  private static LogSink mavenLog(List<String> lines) {
    return RecordingLog.into(lines, "[ERROR] ", "[WARNING] ", "[INFO] ");
  }

  private static void golden(String name, String actual) throws IOException {
    Path file = Path.of("src/test/resources/report", name);
    if (Boolean.getBoolean("tollgate.golden.update")) {
      Files.createDirectories(file.getParent());
      Files.write(file, actual.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(file).as("golden file; create it with -Dtollgate.golden.update=true").exists();
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
        .as(name)
        .isEqualTo(actual);
  }
}
