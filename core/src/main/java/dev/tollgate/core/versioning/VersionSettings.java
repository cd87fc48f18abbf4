package dev.tollgate.core.versioning;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings that decide the next version, read from {@link Settings} by their documented {@code
 * tollgate.*} names into {@link NextVersionOptions}: the one place {@code release:next}, {@code
 * release:changelog} and {@code release:prepare} turn parameters into a version request.
 */
public final class VersionSettings {

  /** The previous release overriding tag discovery. */
  public static final String FROM = "tollgate.release.from";

  /** The commit to release. */
  public static final String TO = "tollgate.release.to";

  /** {@code conventional} or {@code commitizen}. */
  public static final String PRESET = "tollgate.release.preset";

  /** A forced increment. */
  public static final String INCREMENT = "tollgate.release.increment";

  /** An explicit next version. */
  public static final String VERSION = "tollgate.release.version";

  /** A pre-release label. */
  public static final String PRERELEASE = "tollgate.release.prerelease";

  /** Build metadata. */
  public static final String BUILD_METADATA = "tollgate.release.buildMetadata";

  /** How release tags are named, shared with {@code quality:commits}. */
  public static final String TAG_FORMAT = "tollgate.tagFormat";

  /** The tag format's old, release-only spelling (deprecated). */
  public static final String OLD_TAG_FORMAT = "tollgate.release.tagFormat";

  /** Type to level overrides. */
  public static final String BUMP_TYPES = "tollgate.release.bumpTypes";

  /** The least any commit bumps. */
  public static final String MINIMUM_BUMP = "tollgate.release.minimumBump";

  /** The 0.x rule for breaking changes. */
  public static final String MAJOR_VERSION_ZERO = "tollgate.release.majorVersionZero";

  /** The 0.x rule for features. */
  public static final String BUMP_PATCH_FOR_MINOR_PRE_MAJOR =
      "tollgate.release.bumpPatchForMinorPreMajor";

  /** The first release's version. */
  public static final String INITIAL_VERSION = "tollgate.release.initialVersion";

  /** {@code strict} or {@code lenient}: which breaking-change notes count. */
  public static final String BREAKING_NOTES = "tollgate.release.breakingNotes";

  /** Whether a version below the previous release is accepted. */
  public static final String ALLOW_BACKWARDS = "tollgate.release.allowBackwards";

  /** Whether "nothing to release" fails the build. */
  public static final String FAIL_ON_NO_RELEASE = "tollgate.release.failOnNoRelease";

  /** Old spellings and their names now, for {@link Settings#withRenamed}. */
  public static final Map<String, String> RENAMED = Map.of(OLD_TAG_FORMAT, TAG_FORMAT);

  private static final Pattern LOOSE_VERSION =
      Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");
  private static final List<String> LEVELS = List.of("major", "minor", "patch", "none");

  private VersionSettings() {}

  /**
   * The version request the settings describe.
   *
   * @param artifactId the project's artifact id for {@code ${artifactId}} in the tag format, or
   *     {@code null} without a POM
   * @param pomVersion the project's version, the default initial version; {@code null} without a
   *     POM
   * @throws InvalidSettingException naming the property whose value cannot be used
   */
  public static NextVersionOptions options(Settings s, String artifactId, String pomVersion) {
    TagFormat format = tagFormat(s, artifactId);
    return NextVersionOptions.builder()
        .from(s.value(FROM).orElse(null))
        .to(s.string(TO, "HEAD"))
        .tagFormat(format)
        .preset(
            BumpPreset.parse(
                s.choice(PRESET, "conventional", List.of("conventional", "commitizen"))))
        .typeLevels(parse(BUMP_TYPES, () -> BumpPolicy.parseTypeLevels(s.raw(BUMP_TYPES, null))))
        .minimumBump(BumpLevel.parse(s.choice(MINIMUM_BUMP, "none", LEVELS)))
        .increment(
            s.value(INCREMENT)
                .map(v -> BumpLevel.parse(s.choice(INCREMENT, v, LEVELS)))
                .orElse(null))
        .explicitVersion(s.value(VERSION).orElse(null))
        .preRelease(s.value(PRERELEASE).orElse(null))
        .buildMetadata(s.value(BUILD_METADATA).orElse(null))
        .majorVersionZero(s.bool(MAJOR_VERSION_ZERO, true))
        .bumpPatchForMinorPreMajor(s.bool(BUMP_PATCH_FOR_MINOR_PRE_MAJOR, false))
        .initialVersion(initialVersion(s, pomVersion))
        .breakingNotes(
            BreakingNotes.parse(s.choice(BREAKING_NOTES, "strict", List.of("strict", "lenient"))))
        .allowBackwards(s.bool(ALLOW_BACKWARDS, false))
        .build();
  }

  /** The tag format, with {@code ${artifactId}} bound when there is a project. */
  public static TagFormat tagFormat(Settings s, String artifactId) {
    TagFormat format = parse(TAG_FORMAT, () -> TagFormat.of(s.raw(TAG_FORMAT, null)));
    return artifactId == null ? format : format.withArtifactId(artifactId);
  }

  /** Whether "nothing to release" fails the build. */
  public static boolean failOnNoRelease(Settings s) {
    return s.bool(FAIL_ON_NO_RELEASE, false);
  }

  /**
   * The first release's version: {@code tollgate.release.initialVersion}, else the POM's version
   * without {@code -SNAPSHOT} (missing parts are 0: {@code 1.2-SNAPSHOT} gives 1.2.0), else 0.1.0.
   */
  static SemanticVersion initialVersion(Settings s, String pomVersion) {
    Optional<String> explicit = s.value(INITIAL_VERSION);
    if (explicit.isPresent()) {
      return parse(INITIAL_VERSION, () -> SemanticVersion.parse(explicit.get()));
    }
    if (pomVersion == null) {
      return NextVersionOptions.DEFAULT_INITIAL_VERSION;
    }
    String v = pomVersion.replace("-SNAPSHOT", "");
    Matcher m = LOOSE_VERSION.matcher(v);
    if (m.matches()) {
      try {
        return SemanticVersion.of(
            Integer.parseInt(m.group(1)),
            m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
      } catch (NumberFormatException tooBig) {
        return NextVersionOptions.DEFAULT_INITIAL_VERSION;
      }
    }
    return SemanticVersion.tryParse(v).orElse(NextVersionOptions.DEFAULT_INITIAL_VERSION);
  }

  private static <T> T parse(String key, java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (InvalidSettingException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(key, e.getMessage());
    }
  }
}
