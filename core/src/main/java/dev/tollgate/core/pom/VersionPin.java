package dev.tollgate.core.pom;

import java.util.Locale;
import java.util.regex.Pattern;

/** How firmly a version text pins an artifact. Only {@link #EXACT} is pinned. */
public enum VersionPin {
  /** One exact release, e.g. {@code 3.13.0} (also the hard requirement {@code [3.13.0]}). */
  EXACT("an exact version"),
  /** No version at all. */
  MISSING("no version"),
  /** A range such as {@code [1.0,2.0)}, {@code (,1.0]} or several ranges. */
  RANGE("a version range"),
  /** The {@code LATEST} or {@code RELEASE} meta-version. */
  DYNAMIC("a moving meta-version"),
  /** A {@code -SNAPSHOT} version. */
  SNAPSHOT("a SNAPSHOT version"),
  /** A deployed snapshot such as {@code 1.0-20240101.123456-7}. */
  TIMESTAMPED_SNAPSHOT("a timestamped SNAPSHOT version"),
  /** Contains a {@code ${property}} that still has to be resolved. */
  PROPERTY("a property reference");

  private static final Pattern TIMESTAMP = Pattern.compile(".*-\\d{8}\\.\\d{6}-\\d+");
  private static final Pattern SINGLE_HARD_VERSION = Pattern.compile("\\[[^,\\[\\]()]+\\]");

  private final String description;

  VersionPin(String description) {
    this.description = description;
  }

  /** Words for messages, e.g. {@code a version range}. */
  public String description() {
    return description;
  }

  /** Whether this pins one exact version. */
  public boolean pinned() {
    return this == EXACT;
  }

  /**
   * Classifies a version as written in a POM or extensions file.
   *
   * @param text the version text, or {@code null} when there is none
   */
  public static VersionPin classify(String text) {
    if (text == null || text.isBlank()) {
      return MISSING;
    }
    String v = text.trim();
    if (v.contains("${")) {
      return PROPERTY;
    }
    if (SINGLE_HARD_VERSION.matcher(v).matches()) {
      return EXACT;
    }
    if (v.indexOf('[') >= 0 || v.indexOf('(') >= 0 || v.indexOf(']') >= 0 || v.indexOf(')') >= 0) {
      return RANGE;
    }
    String upper = v.toUpperCase(Locale.ROOT);
    if (upper.equals("LATEST") || upper.equals("RELEASE")) {
      return DYNAMIC;
    }
    if (upper.endsWith("-SNAPSHOT") || upper.equals("SNAPSHOT")) {
      return SNAPSHOT;
    }
    if (TIMESTAMP.matcher(v).matches()) {
      return TIMESTAMPED_SNAPSHOT;
    }
    return EXACT;
  }
}
