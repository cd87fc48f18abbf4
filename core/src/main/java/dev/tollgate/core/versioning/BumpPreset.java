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
   * commitizen 4's {@code bump.find_increment} with its default bump map: every line of every
   * commit's message (merge commits included) is matched against {@code ^((BREAKING[- ]CHANGE|\w+)
   * (\(.+\))?!?):}; a {@code !} on any type or a {@code BREAKING CHANGE} line bumps major, a type
   * starting with {@code feat} (so {@code feature}) minor, one starting with {@code fix}, {@code
   * refactor} or {@code perf} patch; the highest line wins.
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
