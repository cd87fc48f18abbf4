package dev.tollgate.core.report;

/**
 * Renders a report as Tollgate's JSON document (schema version 1, documented in docs/reports.md):
 *
 * <pre>{@code
 * {"schemaVersion": 1, "tool": "tollgate", "goal": "commits",
 *  "summary": {"errors": 1, "warnings": 0, "infos": 0},
 *  "findings": [{"ruleId": "type-enum", "severity": "error",
 *                "location": {"commit": "1a2b3c4..."}, "message": "...", "hint": "..."}]}
 * }</pre>
 *
 * A file location is {@code {"file": "pom.xml", "line": 42, "column": 5}} (line and column 0 when
 * unknown); a finding without a location has {@code "location": {}}.
 */
public final class JsonReporter {

  /** Bumped only when a field is removed or changes meaning; new fields may appear any time. */
  public static final int SCHEMA_VERSION = 1;

  private JsonReporter() {}

  /** The JSON document for a report. */
  public static String render(Report report) {
    JsonWriter json = new JsonWriter().beginObject();
    json.member("schemaVersion", SCHEMA_VERSION)
        .member("tool", "tollgate")
        .member("goal", report.goal());
    json.name("summary")
        .beginObject()
        .member("errors", report.count(Severity.ERROR))
        .member("warnings", report.count(Severity.WARN))
        .member("infos", report.count(Severity.INFO))
        .endObject();
    json.name("findings").beginArray();
    for (Finding finding : report.findings()) {
      json.beginObject()
          .member("ruleId", finding.ruleId())
          .member("severity", finding.severity().label());
      json.name("location").beginObject();
      if (finding.location() instanceof Location.InFile file) {
        json.member("file", file.path())
            .member("line", file.line())
            .member("column", file.column());
      } else if (finding.location() instanceof Location.InCommit commit) {
        json.member("commit", commit.commitId());
      }
      json.endObject();
      json.member("message", finding.message()).member("hint", finding.hint()).endObject();
    }
    return json.endArray().endObject().toString();
  }
}
