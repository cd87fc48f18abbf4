package dev.tollgate.core.versioning;

import java.util.Locale;

/**
 * Which commits bump which part of the version, before the project's own type map and {@code
 * minimumBump} are applied.
 */
public enum BumpPreset {
  /**
   * Conventional Commits as conventional-changelog and semantic-release read them: a breaking
   * change bumps major, {@code feat} minor, {@code fix} and {@code perf} patch, anything else
   * nothing.
   */
  CONVENTIONAL,
  /**
   * commitizen 4's default bump rule, applied the way commitizen applies it: every line of the
   * message is matched against {@code type(scope)!:}; a {@code !} or a {@code BREAKING CHANGE} line
   * bumps major, {@code feat} minor, {@code fix}, {@code perf} and {@code refactor} patch; the
   * highest line wins.
   */
  COMMITIZEN;

  /** Parses a preset name in any case; throws naming the accepted values. */
  public static BumpPreset parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a bump preset; use conventional or commitizen");
    }
  }
}
