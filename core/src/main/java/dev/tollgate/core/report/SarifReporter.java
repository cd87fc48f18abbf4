package dev.tollgate.core.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a report as a SARIF 2.1.0 log with one run. File locations become physical locations
 * relative to {@code %SRCROOT%}; commit locations become logical locations of kind {@code commit};
 * the fix hint is kept in the result's {@code properties.hint}.
 */
public final class SarifReporter {

  private static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private SarifReporter() {}

  /**
   * The SARIF document for a report.
   *
   * @param toolVersion the Tollgate version that produced it
   */
  public static String render(Report report, String toolVersion) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      ruleIndex.putIfAbsent(finding.ruleId(), ruleIndex.size());
    }
    JsonWriter json = new JsonWriter().beginObject();
    json.member("$schema", SCHEMA).member("version", "2.1.0");
    json.name("runs").beginArray().beginObject();

    json.name("tool").beginObject().name("driver").beginObject();
    json.member("name", "Tollgate").member("version", toolVersion);
    json.name("rules").beginArray();
    for (String ruleId : ruleIndex.keySet()) {
      json.beginObject()
          .member("id", ruleId)
          .name("shortDescription")
          .beginObject()
          .member("text", report.goal() + " rule " + ruleId)
          .endObject()
          .endObject();
    }
    json.endArray().endObject().endObject();

    json.name("originalUriBaseIds")
        .beginObject()
        .name("%SRCROOT%")
        .beginObject()
        .name("description")
        .beginObject()
        .member("text", "the repository or project root")
        .endObject()
        .endObject()
        .endObject();

    json.name("results").beginArray();
    for (Finding finding : report.findings()) {
      json.beginObject()
          .member("ruleId", finding.ruleId())
          .member("ruleIndex", ruleIndex.get(finding.ruleId()))
          .member("level", finding.severity().sarifLevel());
      json.name("message").beginObject().member("text", finding.message()).endObject();
      location(json, finding.location());
      if (!finding.hint().isEmpty()) {
        json.name("properties").beginObject().member("hint", finding.hint()).endObject();
      }
      json.endObject();
    }
    json.endArray();
    return json.endObject().endArray().endObject().toString();
  }

  private static void location(JsonWriter json, Location location) {
    json.name("locations").beginArray();
    if (location instanceof Location.InFile file) {
      json.beginObject().name("physicalLocation").beginObject();
      json.name("artifactLocation")
          .beginObject()
          .member("uri", uri(file.path()))
          .member("uriBaseId", "%SRCROOT%")
          .endObject();
      if (file.line() > 0) {
        json.name("region").beginObject().member("startLine", file.line());
        if (file.column() > 0) {
          json.member("startColumn", file.column());
        }
        json.endObject();
      }
      json.endObject().endObject();
    } else if (location instanceof Location.InCommit commit) {
      json.beginObject()
          .name("logicalLocations")
          .beginArray()
          .beginObject()
          .member("name", commit.commitId())
          .member("kind", "commit")
          .endObject()
          .endArray()
          .endObject();
    }
    json.endArray();
  }

  /**
   * A relative URI reference for a repository path: percent-encodes what a URI may not hold, and
   * {@code :}, which in a first segment would read as a scheme ({@code a:b.txt}).
   */
  static String uri(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
