package dev.tollgate.core.versioning;

import java.util.Locale;

/** How much a release increments the version, ordered from nothing to major. */
public enum BumpLevel {
  NONE,
  PATCH,
  MINOR,
  MAJOR;

  /** The larger of two levels. */
  public BumpLevel max(BumpLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Parses {@code major}, {@code minor}, {@code patch} or {@code none} in any case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static BumpLevel parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a bump level; use one of MAJOR, MINOR, PATCH, NONE");
    }
  }
}
