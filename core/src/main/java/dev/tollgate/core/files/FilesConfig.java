package dev.tollgate.core.files;

import dev.tollgate.core.report.Severity;
import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a file scan is configured. Build one from the settings ({@link #from(Settings, Map,
 * Consumer)}) or with {@link #builder()}; every setting has a default.
 *
 * @param baseRef the ref {@link Scope#CHANGED} compares with; empty to let CI detection decide
 * @param includes globs of paths to scan; empty means every tracked file
 * @param excludes globs of paths never to scan
 * @param maxSize the {@code large-files} limit in bytes
 * @param lineEndings the line endings text files must use
 * @param levels each enabled check's id and severity; a check that is absent is off
 * @param secretsAllowedPaths globs of paths the {@code secrets} check skips
 * @param baseline the secrets baseline file (fingerprints of accepted findings); may not exist
 * @param updateBaseline write every current secret finding to the baseline instead of reporting it
 * @param threads how many files are read at once
 * @param checkIncludes per check id, globs of the only paths that check reads (besides {@code
 *     includes}); a check without an entry reads every file in scope
 * @param checkExcludes per check id, globs of paths that check never reads (besides {@code
 *     excludes})
 * @param jsonc globs of JSON files that allow comments and trailing commas (JSON with comments)
 * @param toml globs of the files the {@code syntax} check reads as TOML
 * @param fixLineEndings whether {@code files-fix} rewrites line endings; {@code false} is the
 *     report-only mode (the check still reports them)
 */
public record FilesConfig(
    Optional<String> baseRef,
    List<String> includes,
    List<String> excludes,
    long maxSize,
    LineEndings lineEndings,
    Map<String, Severity> levels,
    List<String> secretsAllowedPaths,
    Optional<Path> baseline,
    boolean updateBaseline,
    int threads,
    Map<String, List<String>> checkIncludes,
    Map<String, List<String>> checkExcludes,
    List<String> jsonc,
    List<String> toml,
    boolean fixLineEndings) {

  /** Every check id, in reporting order. */
  public static final List<String> CHECKS =
      List.of(
          ConflictMarkerCheck.ID,
          LargeFileCheck.ID,
          SecretCheck.ID,
          WhitespaceCheck.ID,
          SyntaxCheck.ID,
          NameCheck.ID,
          ExecBitCheck.ID,
          SubmoduleCheck.ID);

  /** The default {@code large-files} limit: 500 KB. */
  public static final long DEFAULT_MAX_SIZE = 500L * 1024;

  public FilesConfig {
    Objects.requireNonNull(baseRef, "baseRef");
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    Objects.requireNonNull(lineEndings, "lineEndings");
    levels = Map.copyOf(levels);
    secretsAllowedPaths = List.copyOf(secretsAllowedPaths);
    Objects.requireNonNull(baseline, "baseline");
    checkIncludes = Map.copyOf(checkIncludes);
    checkExcludes = Map.copyOf(checkExcludes);
    jsonc = List.copyOf(jsonc);
    toml = List.copyOf(toml);
    for (String id : checkIncludes.keySet()) {
      requireCheck(id);
    }
    for (String id : checkExcludes.keySet()) {
      requireCheck(id);
    }
    if (maxSize <= 0) {
      throw new IllegalArgumentException("maxSize must be positive, got " + maxSize);
    }
    if (threads <= 0) {
      throw new IllegalArgumentException("threads must be positive, got " + threads);
    }
    for (String id : levels.keySet()) {
      if (!CHECKS.contains(id)) {
        throw new IllegalArgumentException(
            "unknown check '" + id + "'; the checks are: " + String.join(", ", CHECKS));
      }
    }
  }

  private static void requireCheck(String id) {
    if (!CHECKS.contains(id)) {
      throw new IllegalArgumentException(
          "unknown check '" + id + "'; the checks are: " + String.join(", ", CHECKS));
    }
  }

  /** JSON files that allow comments by design: TypeScript, VS Code, dev containers, linters. */
  public static final List<String> DEFAULT_JSONC =
      List.of(
          "tsconfig*.json",
          "jsconfig*.json",
          "**/.vscode/*.json",
          "*.code-workspace",
          "devcontainer.json",
          ".devcontainer.json",
          "rush.json",
          ".oxlintrc.json",
          ".eslintrc.json",
          "tslint.json",
          "api-extractor.json",
          "turbo.json",
          "biome.json",
          "deno.json",
          "cspell.json",
          "typedoc.json",
          "language-configuration.json");

  /**
   * The files read as TOML: what pre-commit-hooks' check-toml reads (identify's {@code toml} type:
   * the extension, Pipenv's and Poetry's files).
   */
  public static final List<String> DEFAULT_TOML = List.of("**/*.toml", "Pipfile", "poetry.lock");

  /** The default levels: everything is an error, except {@code submodules}, which is off. */
  public static Map<String, Severity> defaultLevels() {
    Map<String, Severity> levels = new LinkedHashMap<>();
    for (String id : CHECKS) {
      if (!id.equals(SubmoduleCheck.ID)) {
        levels.put(id, Severity.ERROR);
      }
    }
    return levels;
  }

  /** Whether a check runs. */
  public boolean enabled(String checkId) {
    return levels.containsKey(checkId);
  }

  /** The ref scope {@code changed} compares with. */
  public static final String BASE = "tollgate.files.base";

  /** Globs of paths to scan (commas or new lines). */
  public static final String INCLUDES = "tollgate.files.includes";

  /** Globs of paths never to scan. */
  public static final String EXCLUDES = "tollgate.files.excludes";

  /** The line endings text files must use: lf (default), crlf or auto. */
  public static final String LINE_ENDINGS = "tollgate.files.lineEndings";

  /** The {@code large-files} limit, a size such as {@code 500KB}. */
  public static final String MAX_SIZE = "tollgate.files.maxSize";

  /** {@code check=level} pairs. */
  public static final String LEVELS = "tollgate.files.levels";

  /** Globs of paths the {@code secrets} check skips. */
  public static final String SECRETS_ALLOW_PATHS = "tollgate.secrets.allowPaths";

  /** The secrets baseline file, relative to the repository root. */
  public static final String SECRETS_BASELINE = "tollgate.secrets.baseline";

  /** Whether to write every current secret finding to the baseline instead of reporting it. */
  public static final String SECRETS_UPDATE_BASELINE = "tollgate.secrets.updateBaseline";

  /** Globs of JSON files that allow comments (JSONC); defaults to {@link #DEFAULT_JSONC}. */
  public static final String JSONC = "tollgate.files.jsonc";

  /** Globs of the files read as TOML; defaults to {@link #DEFAULT_TOML}. */
  public static final String TOML = "tollgate.files.toml";

  /** Whether files-fix rewrites line endings ({@code false}: report only). */
  public static final String FIX_LINE_ENDINGS = "tollgate.files.fixLineEndings";

  /** The default secrets baseline. */
  public static final String DEFAULT_BASELINE = ".tollgate/secrets-baseline.tsv";

  /** Level spellings accepted for one more release, with the severity they stand for. */
  private static final Map<String, Severity> DEPRECATED_LEVELS =
      Map.of("info", Severity.INFO, "note", Severity.INFO, "warning", Severity.WARN);

  /**
   * The configuration the {@code tollgate.files.*} and {@code tollgate.secrets.*} settings
   * describe, the same for {@code quality:files}, {@code quality:files-fix} and the pre-commit
   * hook. Without {@value #BASE}, the base is the CI pull request's target branch, if any.
   *
   * @param env the environment, for the CI base branch
   * @param warn receives deprecation notes
   * @throws InvalidSettingException naming the property and what is wrong
   */
  public static FilesConfig from(
      Settings settings, Map<String, String> env, Consumer<String> warn) {
    Builder b = builder();
    b.baseRef(settings.value(BASE).or(() -> FileGuardRails.ciBaseRef(env)).orElse(null));
    b.includes(settings.list(INCLUDES));
    b.excludes(settings.list(EXCLUDES));
    b.lineEndings(
        LineEndings.parse(settings.choice(LINE_ENDINGS, "lf", List.of("lf", "crlf", "auto"))));
    b.maxSize(settings.size(MAX_SIZE, DEFAULT_MAX_SIZE));
    for (String pair : settings.list(LEVELS)) {
      int eq = pair.indexOf('=');
      String check = eq < 0 ? "" : pair.substring(0, eq).trim();
      if (eq < 0 || !CHECKS.contains(check)) {
        throw new InvalidSettingException(
            LEVELS,
            eq < 0
                ? "'" + pair + "' is not check=level, e.g. whitespace=warn"
                : "unknown check '" + check + "'; the checks are: " + String.join(", ", CHECKS));
      }
      String level = pair.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
      Severity deprecated = DEPRECATED_LEVELS.get(level);
      if (deprecated != null) {
        warn.accept(
            LEVELS
                + ": level '"
                + level
                + "' of "
                + check
                + " is deprecated; levels are off, warn, error");
        b.level(check, deprecated);
        continue;
      }
      b.level(
          check,
          switch (Settings.parseLevel(LEVELS, level)) {
            case OFF -> null;
            case WARN -> Severity.WARN;
            case ERROR -> Severity.ERROR;
          });
    }
    b.secretsAllowedPaths(settings.list(SECRETS_ALLOW_PATHS));
    b.baseline(Path.of(settings.string(SECRETS_BASELINE, DEFAULT_BASELINE)));
    b.updateBaseline(settings.bool(SECRETS_UPDATE_BASELINE, false));
    for (String check : CHECKS) {
      List<String> in = settings.list(INCLUDES + "." + check);
      if (!in.isEmpty()) {
        b.checkIncludes(check, in);
      }
      List<String> out = settings.list(EXCLUDES + "." + check);
      if (!out.isEmpty()) {
        b.checkExcludes(check, out);
      }
    }
    if (settings.isSet(JSONC)) {
      b.jsonc(settings.list(JSONC));
    }
    if (settings.isSet(TOML)) {
      b.toml(settings.list(TOML));
    }
    b.fixLineEndings(settings.bool(FIX_LINE_ENDINGS, true));
    return b.build();
  }

  /** A builder with every default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FilesConfig}. */
  public static final class Builder {
    private Optional<String> baseRef = Optional.empty();
    private List<String> includes = List.of();
    private List<String> excludes = List.of();
    private long maxSize = DEFAULT_MAX_SIZE;
    private LineEndings lineEndings = LineEndings.LF;
    private final Map<String, Severity> levels = defaultLevels();
    private List<String> secretsAllowedPaths = List.of();
    private Optional<Path> baseline = Optional.empty();
    private boolean updateBaseline;
    private int threads = Runtime.getRuntime().availableProcessors();
    private final Map<String, List<String>> checkIncludes = new LinkedHashMap<>();
    private final Map<String, List<String>> checkExcludes = new LinkedHashMap<>();
    private List<String> jsonc = DEFAULT_JSONC;
    private List<String> toml = DEFAULT_TOML;
    private boolean fixLineEndings = true;

    private Builder() {}

    /** The only paths one check reads (path globs). */
    public Builder checkIncludes(String checkId, List<String> globs) {
      requireCheck(checkId);
      checkIncludes.put(checkId, List.copyOf(globs));
      return this;
    }

    /** Paths one check never reads (path globs). */
    public Builder checkExcludes(String checkId, List<String> globs) {
      requireCheck(checkId);
      checkExcludes.put(checkId, List.copyOf(globs));
      return this;
    }

    /** The JSON files that allow comments (path globs). */
    public Builder jsonc(List<String> globs) {
      this.jsonc = globs;
      return this;
    }

    /** The files read as TOML (path globs). */
    public Builder toml(List<String> globs) {
      this.toml = globs;
      return this;
    }

    /** Whether files-fix rewrites line endings. */
    public Builder fixLineEndings(boolean fix) {
      this.fixLineEndings = fix;
      return this;
    }

    public Builder baseRef(String ref) {
      this.baseRef = Optional.ofNullable(ref).filter(r -> !r.isBlank());
      return this;
    }

    public Builder includes(List<String> globs) {
      this.includes = globs;
      return this;
    }

    public Builder excludes(List<String> globs) {
      this.excludes = globs;
      return this;
    }

    public Builder maxSize(long bytes) {
      this.maxSize = bytes;
      return this;
    }

    public Builder lineEndings(LineEndings endings) {
      this.lineEndings = endings;
      return this;
    }

    /** Sets a check's level; {@code null} turns it off. */
    public Builder level(String checkId, Severity severity) {
      if (!CHECKS.contains(checkId)) {
        throw new IllegalArgumentException(
            "unknown check '" + checkId + "'; the checks are: " + String.join(", ", CHECKS));
      }
      if (severity == null) {
        levels.remove(checkId);
      } else {
        levels.put(checkId, severity);
      }
      return this;
    }

    public Builder secretsAllowedPaths(List<String> globs) {
      this.secretsAllowedPaths = globs;
      return this;
    }

    public Builder baseline(Path file) {
      this.baseline = Optional.ofNullable(file);
      return this;
    }

    public Builder updateBaseline(boolean update) {
      this.updateBaseline = update;
      return this;
    }

    public Builder threads(int n) {
      this.threads = n;
      return this;
    }

    public FilesConfig build() {
      return new FilesConfig(
          baseRef,
          includes,
          excludes,
          maxSize,
          lineEndings,
          levels,
          secretsAllowedPaths,
          baseline,
          updateBaseline,
          threads,
          checkIncludes,
          checkExcludes,
          jsonc,
          toml,
          fixLineEndings);
    }
  }
}
