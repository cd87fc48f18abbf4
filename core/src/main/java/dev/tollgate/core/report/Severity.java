package dev.tollgate.core.report;

import java.util.Locale;

/** How serious a finding is. Only {@link #ERROR} findings fail a build. */
public enum Severity {
  ERROR("error", "error"),
  WARN("warning", "warning"),
  INFO("info", "note");

  private final String label;
  private final String sarifLevel;

  Severity(String label, String sarifLevel) {
    this.label = label;
    this.sarifLevel = sarifLevel;
  }

  /** The lower-case word used in logs and JSON: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return label;
  }

  /** The SARIF 2.1.0 {@code result.level}: {@code error}, {@code warning} or {@code note}. */
  public String sarifLevel() {
    return sarifLevel;
  }

  /**
   * Parses a user-supplied severity ({@code error}, {@code warn}/{@code warning}, {@code info}),
   * case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Severity parse(String text) {
    String word = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "error" -> ERROR;
      case "warn", "warning" -> WARN;
      case "info", "note" -> INFO;
      default ->
          throw new IllegalArgumentException(
              "unknown severity '" + text + "'; use one of: error, warn, info");
    };
  }
}
