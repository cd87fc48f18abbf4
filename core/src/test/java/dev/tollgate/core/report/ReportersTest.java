package dev.tollgate.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportersTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String GHP = RecordingLog.TOKEN;

  static Report sample() {
    return new Report(
        "files",
        List.of(
            new Finding(
                "conflict-markers",
                Severity.ERROR,
                Location.file("src/a b/Ünï.java", 12, 1),
                "merge conflict marker '<<<<<<<' left in the file",
                "resolve the conflict and remove the markers"),
            new Finding(
                "type-enum",
                Severity.WARN,
                Location.commit("0123456789abcdef0123456789abcdef01234567"),
                "type \"bugfix\" is not allowed",
                "allowed types: feat, fix\nexample: fix(core): handle empty input"),
            new Finding(
                "wrapper", Severity.INFO, Location.nowhere(), "no wrapper: 100% \"fine\"", "")));
  }

  @Test
  void logLinesNameLocationRuleAndFix() {
    List<String> lines = new ArrayList<>();
    LogReporter.report(sample(), recording(lines));
    assertThat(lines)
        .containsExactly(
            "ERROR src/a b/Ünï.java:12:1: [conflict-markers] merge conflict marker '<<<<<<<' left"
                + " in the file",
            "ERROR     resolve the conflict and remove the markers",
            "WARN commit 0123456: [type-enum] type \"bugfix\" is not allowed",
            "WARN     allowed types: feat, fix",
            "WARN     example: fix(core): handle empty input",
            "INFO [wrapper] no wrapper: 100% \"fine\"",
            "ERROR tollgate files: 1 error, 1 warning, 1 info");
  }

  @Test
  void emptyReportSaysNoFindings() {
    List<String> lines = new ArrayList<>();
    LogReporter.report(new Report("pins", List.of()), recording(lines));
    assertThat(lines).containsExactly("INFO tollgate pins: no findings");
  }

  @Test
  void jsonRoundTripsEveryField() throws Exception {
    JsonNode json = MAPPER.readTree(JsonReporter.render(sample()));
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.get("goal").asText()).isEqualTo("files");
    assertThat(json.at("/summary/errors").asInt()).isEqualTo(1);
    assertThat(json.at("/summary/warnings").asInt()).isEqualTo(1);
    assertThat(json.at("/findings/0/location/file").asText()).isEqualTo("src/a b/Ünï.java");
    assertThat(json.at("/findings/0/location/line").asInt()).isEqualTo(12);
    assertThat(json.at("/findings/1/location/commit").asText()).startsWith("0123456789");
    assertThat(json.at("/findings/1/hint").asText()).contains("\nexample:");
    assertThat(json.at("/findings/2/message").asText()).isEqualTo("no wrapper: 100% \"fine\"");
    assertThat(json.at("/findings/2/location").size()).isZero();
  }

  @Test
  void githubAnnotationsEscapeDataAndProperties() {
    List<String> lines = GitHubActionsReporter.render(sample());
    assertThat(lines.get(0))
        .isEqualTo(
            "::error file=src/a b/Ünï.java,line=12,col=1,title=Tollgate files%3A conflict-markers::"
                + "merge conflict marker '<<<<<<<' left in the file%0Aresolve the conflict and"
                + " remove the markers");
    assertThat(lines.get(1))
        .startsWith("::warning title=Tollgate files%3A type-enum::commit 0123456: type")
        .contains("feat, fix%0Aexample");
    assertThat(lines.get(2))
        .isEqualTo("::notice title=Tollgate files%3A wrapper::no wrapper: 100%25 \"fine\"");
  }

  @Test
  void publisherWritesBothFilesAndAnnotatesOnlyOnGitHub(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();

    new ReportPublisher(dir, "1.2.3", Map.of(), stdout).publish(sample(), recording(lines));
    assertThat(dir.resolve("files.json")).exists();
    assertThat(dir.resolve("files.sarif")).exists();
    assertThat(out.size()).isZero();
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("files.json", "files.sarif");
    }

    new ReportPublisher(dir, "1.2.3", Map.of("GITHUB_ACTIONS", "true"), stdout)
        .publish(sample(), recording(lines));
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .hasSize(3)
        .allMatch(l -> l.startsWith("::"));
  }

  @Test
  void aReportFileThatCannotBeWrittenFailsThePublishingThreadAfterTheLog(@TempDir Path dir)
      throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("target"), "a file");
    PrintStream stdout = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    ReportPublisher publisher =
        new ReportPublisher(notADirectory.resolve("tollgate"), "1.2.3", Map.of(), stdout);
    assertThatThrownBy(() -> publisher.publish(sample(), recording(lines)))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("cannot write report")
        .hasMessageContaining("files.json");
    assertThat(lines).isNotEmpty();
  }

  @Test
  void clearPreviousRemovesOnlyThatGoalsReports(@TempDir Path dir) throws Exception {
    PrintStream stdout = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    ReportPublisher publisher = new ReportPublisher(dir, "1.2.3", Map.of(), stdout);
    publisher.clearPrevious("files"); // no directory yet: nothing to do
    publisher.publish(sample(), recording(new ArrayList<>()));
    publisher.publish(new Report("pins", List.of()), recording(new ArrayList<>()));

    publisher.clearPrevious("files");

    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("pins.json", "pins.sarif");
    }
    assertThatThrownBy(() -> publisher.clearPrevious("../pins"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonWriterRejectsMalformedSequences() {
    assertThatThrownBy(() -> new JsonWriter().beginObject().value("x"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginArray().endObject())
        .isInstanceOf(IllegalStateException.class);
    assertThat(new JsonWriter().beginArray().value("\u0001\u2028").endArray().toString())
        .isEqualTo("[\n  \"\\u0001\\u2028\"\n]\n");
    assertThat(new JsonWriter().beginObject().endObject().toString()).isEqualTo("{}\n");
  }

  @Test
  void severityParsesUserWords() {
    assertThat(Severity.parse("Warning")).isEqualTo(Severity.WARN);
    assertThatThrownBy(() -> Severity.parse("fatal")).hasMessageContaining("error, warn, info");
  }

  @Test
  void findingsNeverHoldASecretInClear() {
    Finding finding =
        new Finding(
            "type-enum",
            Severity.ERROR,
            Location.commit("0123456789abcdef"),
            "'oops: " + GHP + "' has an unknown type",
            "write it as 'fix: " + GHP + "'");
    assertThat(finding.message()).isEqualTo("'oops: ghp_…(40 chars)' has an unknown type");
    assertThat(finding.hint()).isEqualTo("write it as 'fix: ghp_…(40 chars)'");
    assertThat(finding.withSeverity(Severity.WARN).message()).isEqualTo(finding.message());
  }

  static LogSink recording(List<String> lines) {
    return RecordingLog.into(lines, "ERROR ", "WARN ", "INFO ");
  }
}
