package dev.tollgate.quality;

import dev.tollgate.core.files.FileGuardRails;
import dev.tollgate.core.files.FilesConfig;
import dev.tollgate.core.files.ScanResult;
import dev.tollgate.core.files.Scope;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.versioning.CommitSecretsScan;
import dev.tollgate.core.versioning.ReleaseTags;
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
   * The {@code conflict-markers} check reads only these paths (path globs, see docs/patterns.md),
   * on top of {@code tollgate.files.includes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.includes.conflict-markers")
  private List<String> includesConflictMarkers;

  /**
   * The {@code conflict-markers} check never reads these paths (path globs, see docs/patterns.md),
   * on top of {@code tollgate.files.excludes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.excludes.conflict-markers")
  private List<String> excludesConflictMarkers;

  /**
   * The {@code large-files} check reads only these paths (path globs, see docs/patterns.md), on top
   * of {@code tollgate.files.includes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.includes.large-files")
  private List<String> includesLargeFiles;

  /**
   * The {@code large-files} check never reads these paths (path globs, see docs/patterns.md), on
   * top of {@code tollgate.files.excludes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.excludes.large-files")
  private List<String> excludesLargeFiles;

  /**
   * The {@code secrets} check reads only these paths (path globs, see docs/patterns.md), on top of
   * {@code tollgate.files.includes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.includes.secrets")
  private List<String> includesSecrets;

  /**
   * The {@code secrets} check never reads these paths (path globs, see docs/patterns.md), on top of
   * {@code tollgate.files.excludes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.excludes.secrets")
  private List<String> excludesSecrets;

  /**
   * The {@code syntax} check reads only these paths (path globs, see docs/patterns.md), on top of
   * {@code tollgate.files.includes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.includes.syntax")
  private List<String> includesSyntax;

  /**
   * The {@code syntax} check never reads these paths (path globs, see docs/patterns.md), on top of
   * {@code tollgate.files.excludes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.excludes.syntax")
  private List<String> excludesSyntax;

  /**
   * The {@code names} check reads only these paths (path globs, see docs/patterns.md), on top of
   * {@code tollgate.files.includes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.includes.names")
  private List<String> includesNames;

  /**
   * The {@code names} check never reads these paths (path globs, see docs/patterns.md), on top of
   * {@code tollgate.files.excludes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.excludes.names")
  private List<String> excludesNames;

  /**
   * The {@code exec-bits} check reads only these paths (path globs, see docs/patterns.md), on top
   * of {@code tollgate.files.includes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.includes.exec-bits")
  private List<String> includesExecBits;

  /**
   * The {@code exec-bits} check never reads these paths (path globs, see docs/patterns.md), on top
   * of {@code tollgate.files.excludes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.excludes.exec-bits")
  private List<String> excludesExecBits;

  /**
   * The {@code submodules} check reads only these paths (path globs, see docs/patterns.md), on top
   * of {@code tollgate.files.includes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.includes.submodules")
  private List<String> includesSubmodules;

  /**
   * The {@code submodules} check never reads these paths (path globs, see docs/patterns.md), on top
   * of {@code tollgate.files.excludes}; the other checks are not affected.
   */
  @Parameter(property = "tollgate.files.excludes.submodules")
  private List<String> excludesSubmodules;

  /**
   * Globs of JSON files that allow comments and trailing commas (JSON with comments). Default:
   * {@code tsconfig*.json}, {@code jsconfig*.json}, {@code **}{@code /.vscode/*.json}, {@code
   * *.code-workspace}, {@code devcontainer.json}, {@code rush.json}, {@code .oxlintrc.json}, {@code
   * .eslintrc.json} and other tools' JSONC files (see docs/files.md); {@code .jsonc} files always.
   */
  @Parameter(property = "tollgate.files.jsonc")
  private List<String> jsonc;

  /**
   * Globs of the files the {@code syntax} check reads as TOML 1.0 (a key or table defined twice, an
   * invalid escape, date or number, invalid UTF-8 are errors, as in pre-commit-hooks' check-toml).
   * Default: {@code **}{@code /*.toml}, {@code Pipfile}, {@code poetry.lock}.
   */
  @Parameter(property = "tollgate.files.toml")
  private List<String> toml;

  /**
   * With scope {@code commits}: where the range starts, exclusive (any revision), as for {@code
   * quality:commits}. Empty: the CI pull request's base, else the latest release tag.
   */
  @Parameter(property = "tollgate.commits.from")
  private String from;

  /** With scope {@code commits}: where the range ends, inclusive. Empty: {@code HEAD}. */
  @Parameter(property = "tollgate.commits.to")
  private String to;

  /**
   * With scope {@code commits}: the release tag format, to find the latest release: {@code
   * ${version}} (write {@code @{version}} in a pom, where Maven would expand {@code ${version}})
   * stands for a semantic version. Empty: {@code v${version}}.
   */
  @Parameter(property = "tollgate.tagFormat")
  private String tagFormat;

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
      result =
          scope == Scope.COMMITS
              ? CommitSecretsScan.run(
                  basedir().toPath(),
                  settings().value("tollgate.commits.from").orElse(null),
                  settings().value("tollgate.commits.to").orElse(null),
                  settings().string("tollgate.tagFormat", ReleaseTags.DEFAULT_FORMAT),
                  System.getenv(),
                  config)
              : FileGuardRails.scan(basedir().toPath(), scope, config);
    } catch (GitException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read the files to check: " + e, e);
    }
    getLog()
        .info(
            "Tollgate files: scope "
                + scope.label()
                + result
                    .baseRef()
                    .map(b -> scope == Scope.COMMITS ? " (" + b + ")" : " (since " + b + ")")
                    .orElse("")
                + ", "
                + result.files()
                + (scope == Scope.COMMITS ? " file change" : " file")
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
