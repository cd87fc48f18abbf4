package dev.tollgate.core.commits;

import dev.tollgate.core.report.Severity;
import java.util.Locale;
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

  /**
   * Parses {@code off}/{@code warn}/{@code error}, or commitlint's {@code 0}/{@code 1}/{@code 2}.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static RuleLevel parse(String text) {
    String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "off", "0", "disabled", "false" -> OFF;
      case "warn", "warning", "1" -> WARN;
      case "error", "2" -> ERROR;
      default ->
          throw new IllegalArgumentException(
              "unknown rule level '" + text + "'; use one of: off, warn, error");
    };
  }
}
