package dev.tollgate.core.hooks;

import dev.tollgate.core.files.FileGuardRails;
import dev.tollgate.core.files.FilesConfig;
import dev.tollgate.core.files.Scope;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.settings.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The file guard rails on the staged files, as the pre-commit hook runs them: the same checks and
 * settings ({@link FilesConfig#from}) as {@code quality:files}, on exactly what the commit will
 * record.
 */
final class StagedFiles {

  private StagedFiles() {}

  /**
   * Checks the staged files of the work tree.
   *
   * @throws dev.tollgate.core.settings.InvalidSettingException when a setting is invalid
   */
  static Report check(
      Path workTree, Settings settings, Map<String, String> env, Consumer<String> warn)
      throws IOException {
    try {
      return FileGuardRails.check(workTree, Scope.STAGED, FilesConfig.from(settings, env, warn));
    } catch (GitException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
