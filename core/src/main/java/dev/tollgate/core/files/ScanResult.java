package dev.tollgate.core.files;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a file scan did and found.
 *
 * @param scope the scope that was scanned
 * @param baseRef the base ref of {@link Scope#CHANGED}, otherwise empty
 * @param files how many files were in scope
 * @param findings what the enabled checks found, after allow-lists and the baseline, sorted by path
 *     and line
 * @param levels the severity of each enabled check
 * @param notes informational findings about the run itself (e.g. a baseline update)
 */
public record ScanResult(
    Scope scope,
    Optional<String> baseRef,
    int files,
    List<FileFinding> findings,
    Map<String, Severity> levels,
    List<Finding> notes) {

  public ScanResult {
    findings = List.copyOf(findings);
    levels = Map.copyOf(levels);
    notes = List.copyOf(notes);
  }

  /** The findings in the shared model, under the given goal name. */
  public Report toReport(String goal) {
    List<Finding> all = new java.util.ArrayList<>(notes);
    for (FileFinding f : findings) {
      all.add(f.toFinding(levels.getOrDefault(f.checkId(), Severity.ERROR)));
    }
    return new Report(goal, all);
  }

  /**
   * Writes the findings as {@code kind<TAB>path<TAB>line} lines, the format benchmark scoring
   * reads.
   */
  public void writeTsv(Writer out) throws IOException {
    for (FileFinding f : findings) {
      out.write(f.kind() + "\t" + f.path() + "\t" + f.line() + "\n");
    }
  }
}
