package dev.tollgate.core.files;

import dev.tollgate.core.report.Severity;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a file scan is configured. Build one with {@link #builder()}; every setting has a default.
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
    int threads) {

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

  /**
   * Parses a size such as {@code 500KB}, {@code 1 MB}, {@code 1048576} or {@code 2m}.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static long parseSize(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
    long factor = 1;
    if (t.endsWith("kb") || t.endsWith("k")) {
      factor = 1024;
    } else if (t.endsWith("mb") || t.endsWith("m")) {
      factor = 1024 * 1024;
    } else if (t.endsWith("gb") || t.endsWith("g")) {
      factor = 1024L * 1024 * 1024;
    }
    String digits = t.replaceAll("[a-z]+$", "");
    try {
      long n = Long.parseLong(digits);
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return n * factor;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "invalid size '" + text + "'; use a number of bytes or e.g. 500KB, 2MB");
    }
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

    private Builder() {}

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
          threads);
    }
  }
}
