package dev.tollgate.quality;

import dev.tollgate.core.files.FileGuardRails;
import dev.tollgate.core.files.FilesConfig;
import dev.tollgate.core.files.ScanResult;
import dev.tollgate.core.files.Scope;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * File guard rails in one pass over the tracked files: conflict markers, large files, secrets,
 * whitespace, syntax (JSON, YAML, XML, properties), names, executable bits and (off by default)
 * submodules. Runs once per build, in the module where the build started; see docs/files.md.
 */
@Mojo(name = "files", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class FilesMojo extends AbstractFilesMojo {

  /** Skips this goal. */
  @Parameter(property = "tollgate.files.skip", defaultValue = "false")
  private boolean skip;

  /** The {@code large-files} limit: bytes, or a size such as {@code 500KB} or {@code 2MB}. */
  @Parameter(property = "tollgate.files.maxSize", defaultValue = "500KB")
  private String maxSize;

  /**
   * Check levels as {@code check=level} pairs, comma-separated, e.g. {@code
   * whitespace=warn,submodules=error,syntax=off}. Levels: {@code error}, {@code warn}, {@code
   * info}, {@code off}. Checks: conflict-markers, large-files, secrets, whitespace, syntax, names,
   * exec-bits, submodules. Every check is an error by default, except submodules (off).
   */
  @Parameter(property = "tollgate.files.levels")
  private String levels;

  /**
   * Globs of paths the {@code secrets} check skips (e.g. {@code src/test/resources/keys/}; see
   * docs/patterns.md).
   */
  @Parameter(property = "tollgate.secrets.allowPaths")
  private List<String> secretsAllowPaths;

  /**
   * The secrets baseline, relative to the repository root: fingerprints of accepted findings (no
   * secrets), which are not reported.
   */
  @Parameter(
      property = "tollgate.secrets.baseline",
      defaultValue = ".tollgate/secrets-baseline.tsv")
  private String secretsBaseline;

  /**
   * Accept every current secret finding: write their fingerprints to the baseline file instead of
   * reporting them. Review and commit the file afterwards.
   */
  @Parameter(property = "tollgate.secrets.updateBaseline", defaultValue = "false")
  private boolean updateBaseline;

  /**
   * Also write the findings to this file, one per line as kind, path and line separated by tabs
   * (the format the benchmark scoring reads). Unset: not written.
   */
  @Parameter(property = "tollgate.files.tsv")
  private File tsv;

  @Override
  protected boolean isSkipped() {
    if (skip) {
      return true;
    }
    if (!isReactorRoot()) {
      getLog().debug("Tollgate files: runs once, in the module where the build started");
      return true;
    }
    return false;
  }

  @Override
  protected Report check() throws MojoExecutionException {
    FilesConfig.Builder builder = configBuilder();
    try {
      builder.maxSize(FilesConfig.parseSize(maxSize));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("tollgate.files.maxSize: " + e.getMessage());
    }
    applyLevels(builder);
    builder.secretsAllowedPaths(secretsAllowPaths == null ? List.of() : secretsAllowPaths);
    if (secretsBaseline != null && !secretsBaseline.isBlank()) {
      builder.baseline(Path.of(secretsBaseline));
    }
    builder.updateBaseline(updateBaseline);
    Scope scope = scope();
    ScanResult result;
    try {
      result = FileGuardRails.scan(basedir().toPath(), scope, builder.build());
    } catch (GitException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read the files to check: " + e, e);
    }
    getLog()
        .info(
            "Tollgate files: scope "
                + scope.label()
                + result.baseRef().map(b -> " (since " + b + ")").orElse("")
                + ", "
                + result.files()
                + " file"
                + (result.files() == 1 ? "" : "s"));
    if (tsv != null) {
      try {
        Files.createDirectories(tsv.getAbsoluteFile().getParentFile().toPath());
        try (Writer out = Files.newBufferedWriter(tsv.toPath(), StandardCharsets.UTF_8)) {
          result.writeTsv(out);
        }
      } catch (IOException e) {
        throw new MojoExecutionException("cannot write " + tsv + ": " + e, e);
      }
    }
    return result.toReport(FileGuardRails.GOAL);
  }

  private void applyLevels(FilesConfig.Builder builder) throws MojoExecutionException {
    if (levels == null || levels.isBlank()) {
      return;
    }
    for (String pair : levels.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new MojoExecutionException(
            "tollgate.files.levels: '"
                + pair.trim()
                + "' is not check=level, e.g. whitespace=warn");
      }
      String check = pair.substring(0, eq).trim();
      String level = pair.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
      try {
        builder.level(check, level.equals("off") ? null : Severity.parse(level));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException(
            "tollgate.files.levels: " + e.getMessage() + (level.equals("off") ? "" : " or off"));
      }
    }
  }
}
