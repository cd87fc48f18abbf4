package dev.tollgate.core.versioning;

import java.util.Map;
import java.util.Objects;

/**
 * Everything that decides the next version besides the repository. Build with {@link #builder()};
 * every field has the documented default.
 *
 * @param from the previous release ref overriding tag discovery (tag, branch or sha); null to find
 *     the highest release tag reachable from {@code to}
 * @param to the commit to release, default {@code HEAD}
 * @param tagFormat how release tags are named, default {@code v${version}}
 * @param artifactId the value of {@code ${artifactId}} in the tag format; null matches any
 * @param policy how commits map to bump levels
 * @param increment a forced increment, or null to derive it from the commits
 * @param explicitVersion an explicit next version, or null
 * @param preRelease a pre-release label such as {@code rc}, or empty for a final release
 * @param buildMetadata build metadata to append, or empty
 * @param majorVersionZero while the major version is 0, a breaking change bumps minor
 * @param bumpPatchForMinorPreMajor while the major version is 0, a feature bumps patch
 * @param initialVersion the first release when no release tag exists
 * @param breakingNotes which breaking-change notes count ({@link BreakingNotes#STRICT} by default)
 * @param allowBackwards accept a next version below the previous release (a downgrade, or a
 *     pre-release label that sorts before the previous one, {@code beta} after {@code rc.1})
 */
public record NextVersionOptions(
    String from,
    String to,
    TagFormat tagFormat,
    BumpPolicy policy,
    BumpLevel increment,
    String explicitVersion,
    String preRelease,
    String buildMetadata,
    boolean majorVersionZero,
    boolean bumpPatchForMinorPreMajor,
    SemanticVersion initialVersion,
    BreakingNotes breakingNotes,
    boolean allowBackwards) {

  /** The default initial version when neither the POM nor the configuration gives one. */
  public static final SemanticVersion DEFAULT_INITIAL_VERSION = SemanticVersion.of(0, 1, 0);

  public NextVersionOptions {
    from = blankToNull(from);
    to = Objects.requireNonNullElse(blankToNull(to), "HEAD");
    tagFormat = Objects.requireNonNullElse(tagFormat, TagFormat.DEFAULT);
    policy = Objects.requireNonNullElse(policy, BumpPolicy.of(BumpPreset.CONVENTIONAL));
    explicitVersion = blankToNull(explicitVersion);
    preRelease = Objects.requireNonNullElse(blankToNull(preRelease), "");
    buildMetadata = Objects.requireNonNullElse(blankToNull(buildMetadata), "");
    initialVersion = Objects.requireNonNullElse(initialVersion, DEFAULT_INITIAL_VERSION);
    breakingNotes = Objects.requireNonNullElse(breakingNotes, BreakingNotes.STRICT);
  }

  /** These options with an explicit version (a {@code Release-As:} footer's). */
  public NextVersionOptions withExplicitVersion(String version) {
    return new NextVersionOptions(
        from,
        to,
        tagFormat,
        policy,
        increment,
        version,
        preRelease,
        buildMetadata,
        majorVersionZero,
        bumpPatchForMinorPreMajor,
        initialVersion,
        breakingNotes,
        allowBackwards);
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The defaults: conventional preset, {@code v${version}} tags, up to {@code HEAD}. */
  public static NextVersionOptions defaults() {
    return builder().build();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** Fluent construction of {@link NextVersionOptions}. */
  public static final class Builder {
    private String from;
    private String to = "HEAD";
    private TagFormat tagFormat = TagFormat.DEFAULT;
    private BumpPreset preset = BumpPreset.CONVENTIONAL;
    private Map<String, BumpLevel> typeLevels = Map.of();
    private BumpLevel minimumBump = BumpLevel.NONE;
    private BumpLevel increment;
    private String explicitVersion;
    private String preRelease;
    private String buildMetadata;
    private boolean majorVersionZero = true;
    private boolean bumpPatchForMinorPreMajor;
    private SemanticVersion initialVersion;
    private BreakingNotes breakingNotes = BreakingNotes.STRICT;
    private boolean allowBackwards;

    private Builder() {}

    public Builder allowBackwards(boolean value) {
      this.allowBackwards = value;
      return this;
    }

    public Builder breakingNotes(BreakingNotes value) {
      this.breakingNotes = value;
      return this;
    }

    public Builder from(String ref) {
      this.from = ref;
      return this;
    }

    public Builder to(String ref) {
      this.to = ref;
      return this;
    }

    public Builder tagFormat(TagFormat format) {
      this.tagFormat = format;
      return this;
    }

    public Builder preset(BumpPreset value) {
      this.preset = value;
      return this;
    }

    public Builder typeLevels(Map<String, BumpLevel> value) {
      this.typeLevels = value;
      return this;
    }

    public Builder minimumBump(BumpLevel value) {
      this.minimumBump = value;
      return this;
    }

    public Builder increment(BumpLevel value) {
      this.increment = value;
      return this;
    }

    public Builder explicitVersion(String value) {
      this.explicitVersion = value;
      return this;
    }

    public Builder preRelease(String label) {
      this.preRelease = label;
      return this;
    }

    public Builder buildMetadata(String value) {
      this.buildMetadata = value;
      return this;
    }

    public Builder majorVersionZero(boolean value) {
      this.majorVersionZero = value;
      return this;
    }

    public Builder bumpPatchForMinorPreMajor(boolean value) {
      this.bumpPatchForMinorPreMajor = value;
      return this;
    }

    public Builder initialVersion(SemanticVersion value) {
      this.initialVersion = value;
      return this;
    }

    public NextVersionOptions build() {
      return new NextVersionOptions(
          from,
          to,
          tagFormat,
          new BumpPolicy(preset, typeLevels, minimumBump),
          increment,
          explicitVersion,
          preRelease,
          buildMetadata,
          majorVersionZero,
          bumpPatchForMinorPreMajor,
          initialVersion,
          breakingNotes,
          allowBackwards);
    }
  }
}
