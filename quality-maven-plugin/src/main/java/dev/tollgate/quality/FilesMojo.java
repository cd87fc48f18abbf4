package dev.tollgate.quality;

import dev.tollgate.core.files.FileGuardRails;
import dev.tollgate.core.files.FilesConfig;
import dev.tollgate.core.files.ScanResult;
import dev.tollgate.core.files.Scope;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.report.Report;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
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

  /** Skips this goal: {@code true} or {@code false}. */
  @Parameter(property = "tollgate.files.skip", defaultValue = "false")
  private String skip;

  /**
   * The {@code large-files} limit: bytes, or a size with a unit {@code B}, {@code KB}/{@code KiB},
   * {@code MB}/{@code MiB} or {@code GB}/{@code GiB} (1 KB = 1024 bytes), e.g. {@code 500KB}.
   */
  @Parameter(property = "tollgate.files.maxSize", defaultValue = "500KB")
  private String maxSize;

  /**
   * Check levels as {@code check=level} pairs, comma-separated, e.g. {@code
   * whitespace=warn,submodules=error,syntax=off}. Levels: {@code off}, {@code warn}, {@code error}
   * ({@code info} is deprecated). Checks: conflict-markers, large-files, secrets, whitespace,
   * syntax, names, exec-bits, submodules. Every check is an error by default, except submodules
   * (off).
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
   * reporting them: {@code true} or {@code false}. Review and commit the file afterwards.
   */
  @Parameter(property = "tollgate.secrets.updateBaseline", defaultValue = "false")
  private String updateBaseline;

  /**
   * Also write the findings to this file, one per line as kind, path and line separated by tabs
   * (the format the benchmark scoring reads). Unset: not written.
   */
  @Parameter(property = "tollgate.files.tsv")
  private File tsv;

  @Override
  protected boolean isSkipped() {
    return settings().bool("tollgate.files.skip", false);
  }

  @Override
  protected Report check() throws MojoExecutionException {
    FilesConfig config = config();
    Scope scope = scope();
    ScanResult result;
    try {
      result = FileGuardRails.scan(basedir().toPath(), scope, config);
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
    File tsvFile = settings().value("tollgate.files.tsv").map(File::new).orElse(null);
    if (tsvFile != null) {
      try {
        Files.createDirectories(tsvFile.getAbsoluteFile().getParentFile().toPath());
        try (Writer out = Files.newBufferedWriter(tsvFile.toPath(), StandardCharsets.UTF_8)) {
          result.writeTsv(out);
        }
      } catch (IOException e) {
        throw new MojoExecutionException("cannot write " + tsvFile + ": " + e, e);
      }
    }
    return result.toReport(FileGuardRails.GOAL);
  }
}
