package dev.tollgate.core.changelog;

import java.util.Locale;

/** The changelog formats Tollgate writes. */
public enum ChangelogStyle {
  /**
   * commitizen's own {@code CHANGELOG.md}: {@code ## v1.2.0 (2024-05-01)}, groups {@code ###
   * BREAKING CHANGE}, {@code ### Feat}, {@code ### Fix}, {@code ### Refactor}, {@code ### Perf},
   * items {@code - **scope**: subject}.
   */
  COMMITIZEN,
  /**
   * conventional-changelog / release-please: compare link in the heading, {@code ### ⚠ BREAKING
   * CHANGES}, {@code ### Features}, {@code ### Bug Fixes}…, commit links on GitHub and GitLab.
   */
  CONVENTIONAL,
  /** Keep a Changelog 1.1: {@code ## [1.2.0] - 2024-05-01}, {@code ### Added}/{@code Fixed}… */
  KEEPACHANGELOG;

  /** Parses a style name in any case; throws naming the accepted values. */
  public static ChangelogStyle parse(String text) {
    String key = text.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
    try {
      return valueOf(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a changelog style; use commitizen, conventional or keepachangelog");
    }
  }
}
