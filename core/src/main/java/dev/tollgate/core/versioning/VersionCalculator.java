package dev.tollgate.core.versioning;

import java.util.Optional;

/**
 * The version arithmetic of a release, pure: from the versions of the previous tags and the level
 * the commits give to the next version, with the 0.x rules, pre-release series and build metadata.
 *
 * <p>Pre-releases: the commits are counted from the last <em>final</em> release, so a final release
 * after {@code 1.3.0-rc.1}, {@code -rc.2} consolidates every commit of the series and a bigger bump
 * during the series moves it to the bigger version ({@code 1.3.0-rc.2} plus a breaking change gives
 * {@code 2.0.0-rc.1}).
 */
public final class VersionCalculator {

  private VersionCalculator() {}

  /**
   * Where the history stands.
   *
   * @param latest the highest release tag's version reachable from the target (final or
   *     pre-release); null when there is none
   * @param lastFinal the highest final release's version reachable; null when there is none
   * @param level the aggregate level of the commits since {@code lastFinal} (all commits when null)
   * @param commitsSinceLatest how many commits follow {@code latest}
   */
  public record State(
      SemanticVersion latest, SemanticVersion lastFinal, BumpLevel level, int commitsSinceLatest) {}

  /**
   * The outcome.
   *
   * @param next the next version; empty when there is nothing to release
   * @param level the level applied after the 0.x rules (or the forced increment)
   * @param reason why there is nothing to release; empty otherwise
   */
  public record Calculation(Optional<SemanticVersion> next, BumpLevel level, String reason) {}

  /** Computes the next version. */
  public static Calculation calculate(State state, NextVersionOptions options) {
    Calculation calculation = compute(state, options);
    SemanticVersion latest = state.latest();
    if (calculation.next().isPresent() && latest != null && !options.allowBackwards()) {
      SemanticVersion next = calculation.next().get();
      if (next.compareTo(latest) < 0) {
        boolean label = options.explicitVersion() == null && !options.preRelease().isEmpty();
        throw new IllegalArgumentException(
            "the next version "
                + next
                + " is below the previous release "
                + latest
                + (label
                    ? ": pre-release label '"
                        + options.preRelease()
                        + "' sorts before '"
                        + latest.preReleaseLabel()
                        + "'; use a later label (tollgate.release.prerelease)"
                    : "; choose a higher version (tollgate.release.version)")
                + ", or set tollgate.release.allowBackwards=true if this is intended");
      }
    }
    return calculation;
  }

  private static Calculation compute(State state, NextVersionOptions options) {
    String build = options.buildMetadata();
    if (options.explicitVersion() != null) {
      SemanticVersion explicit = SemanticVersion.parse(stripV(options.explicitVersion()));
      if (!build.isEmpty()) {
        explicit = explicit.withBuild(build);
      }
      return new Calculation(Optional.of(explicit), BumpLevel.NONE, "");
    }
    String label = options.preRelease();
    SemanticVersion latest = state.latest();
    SemanticVersion base = state.lastFinal();
    if (latest == null && state.commitsSinceLatest() == 0) {
      return none(BumpLevel.NONE, "the repository has no commits to release");
    }
    if (latest != null
        && state.commitsSinceLatest() == 0
        && (!latest.isPreRelease() || !label.isEmpty())) {
      return none(BumpLevel.NONE, "no commits since " + latest);
    }
    BumpLevel level =
        options.increment() != null
            ? options.increment()
            : effective(state.level(), base == null ? latest : base, options);
    if (level == BumpLevel.NONE && !(latest != null && latest.isPreRelease() && label.isEmpty())) {
      return none(
          level,
          "no release-worthy commits"
              + (latest == null ? "" : " since " + (base == null ? latest : base)));
    }
    SemanticVersion core;
    if (latest == null) {
      core = options.initialVersion().release();
    } else if (base == null) {
      // only pre-releases so far: the series' version stands
      core = latest.release();
    } else {
      core = base.bump(level);
      if (latest.isPreRelease() && latest.release().compareTo(core) > 0) {
        core = latest.release();
      }
    }
    SemanticVersion next = core;
    if (!label.isEmpty()) {
      long counter = 1;
      if (latest != null
          && latest.isPreRelease()
          && latest.release().equals(core)
          && latest.preReleaseLabel().equals(label)
          && latest.preReleaseCounter() >= 0) {
        counter = latest.preReleaseCounter() + 1;
      }
      next = core.withPreRelease(SemanticVersion.labelled(label, counter));
    }
    if (!build.isEmpty()) {
      next = next.withBuild(build);
    }
    return new Calculation(Optional.of(next), level, "");
  }

  /** The commits' level after the 0.x rules for the version it applies to. */
  static BumpLevel effective(BumpLevel level, SemanticVersion current, NextVersionOptions options) {
    if (current == null || current.major() > 0) {
      return level;
    }
    if (level == BumpLevel.MAJOR && options.majorVersionZero()) {
      return BumpLevel.MINOR;
    }
    if (level == BumpLevel.MINOR && options.bumpPatchForMinorPreMajor()) {
      return BumpLevel.PATCH;
    }
    return level;
  }

  private static Calculation none(BumpLevel level, String reason) {
    return new Calculation(Optional.empty(), level, reason);
  }

  private static String stripV(String version) {
    return version.length() > 1 && (version.charAt(0) == 'v' || version.charAt(0) == 'V')
        ? version.substring(1)
        : version;
  }
}
