package dev.tollgate.core.commits;

import dev.tollgate.core.report.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How a commit-message rule reports a violation: not at all, as a warning or as an error. */
public enum RuleLevel {
  OFF,
  WARN,
  ERROR;

  /** The finding severity for this level; empty for {@link #OFF}. */
  public Optional<Severity> severity() {
    return switch (this) {
      case OFF -> Optional.empty();
      case WARN -> Optional.of(Severity.WARN);
      case ERROR -> Optional.of(Severity.ERROR);
    };
  }

  /** Spellings accepted for one more release, with their replacement. */
  private static final Map<String, String> DEPRECATED =
      Map.of(
          "0",
          "off",
          "disabled",
          "off",
          "false",
          "off",
          "1",
          "warn",
          "warning",
          "warn",
          "2",
          "error");

  /**
   * Parses {@code off}/{@code warn}/{@code error}; the deprecated spellings (commitlint's {@code
   * 0}/{@code 1}/{@code 2}, {@code disabled}, {@code false}, {@code warning}) still work.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static RuleLevel parse(String text) {
    String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (DEPRECATED.getOrDefault(word, word)) {
      case "off" -> OFF;
      case "warn" -> WARN;
      case "error" -> ERROR;
      default ->
          throw new IllegalArgumentException(
              "unknown rule level '" + text + "'; use one of: off, warn, error");
    };
  }

  /** The level to write instead of a deprecated spelling; empty when the spelling is current. */
  public static Optional<String> deprecatedSpelling(String text) {
    String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(DEPRECATED.get(word));
  }
}
