package dev.tollgate.core.hooks;

import dev.tollgate.core.files.FileGuardRails;
import dev.tollgate.core.files.FilesConfig;
import dev.tollgate.core.files.LineEndings;
import dev.tollgate.core.files.Scope;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The file guard rails on the staged files, as the pre-commit hook runs them: the same checks and
 * settings as {@code quality:files}, on exactly what the commit will record.
 */
final class StagedFiles {

  /** Switch for the files part of the pre-commit hook. */
  static final String ENABLED = "tollgate.hooks.files";

  private StagedFiles() {}

  /**
   * Whether the hook runs the file checks: the installing plugin has the {@code files} goal (its
   * settings are present), it is not skipped, and the hook's own switch is on.
   */
  static boolean enabled(HookSettings settings) {
    boolean present =
        settings.asMap().keySet().stream().anyMatch(k -> k.startsWith("tollgate.files."));
    return present && !settings.flag("tollgate.files.skip", false) && settings.flag(ENABLED, true);
  }

  /**
   * Checks the staged files of the work tree.
   *
   * @throws IllegalArgumentException when a setting is invalid
   */
  static Report check(Path workTree, Map<String, String> s) throws IOException {
    FilesConfig.Builder b = FilesConfig.builder();
    b.includes(list(s.get("tollgate.files.includes")));
    b.excludes(list(s.get("tollgate.files.excludes")));
    String endings = s.get("tollgate.files.lineEndings");
    if (endings != null && !endings.isBlank()) {
      b.lineEndings(LineEndings.parse(endings.trim()));
    }
    String maxSize = s.get("tollgate.files.maxSize");
    if (maxSize != null && !maxSize.isBlank()) {
      b.maxSize(FilesConfig.parseSize(maxSize.trim()));
    }
    for (String pair : list(s.get("tollgate.files.levels"))) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            "tollgate.files.levels: '" + pair + "' is not check=level, e.g. whitespace=warn");
      }
      String level = pair.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
      b.level(pair.substring(0, eq).trim(), level.equals("off") ? null : Severity.parse(level));
    }
    b.secretsAllowedPaths(list(s.get("tollgate.secrets.allowPaths")));
    String baseline = s.get("tollgate.secrets.baseline");
    if (baseline != null && !baseline.isBlank()) {
      b.baseline(workTree.resolve(baseline.trim()));
    }
    try {
      return FileGuardRails.check(workTree, Scope.STAGED, b.build());
    } catch (GitException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Entries separated by new lines (a pom list) or commas (the command line). */
  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (String part : value.split("[\n,]")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }
}
