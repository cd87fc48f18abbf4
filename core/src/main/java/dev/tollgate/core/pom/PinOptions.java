package dev.tollgate.core.pom;

import dev.tollgate.core.pattern.GlobPattern;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Severity;
import dev.tollgate.core.settings.Level;
import dev.tollgate.core.settings.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The settings of {@code quality:pins}, parsed from the {@code tollgate.pins.*} properties.
 *
 * @param skip whether the goal is skipped
 * @param checkDependencies whether dependencies and dependencyManagement entries are checked
 * @param allProfiles whether inactive profiles are checked too
 * @param policy required versions, banned plugins and allowed SNAPSHOTs from the configuration
 * @param policyFile the policy file relative to the project root
 * @param policyFileRequired whether a missing policy file is an error (it was set to another path
 *     than the default)
 * @param missingWrapper the severity of a missing Maven wrapper, or {@code null} when it is {@code
 *     off}
 * @param requireChecksum whether the wrapper must carry a {@code distributionSha256Sum}
 */
public record PinOptions(
    boolean skip,
    boolean checkDependencies,
    boolean allProfiles,
    PinPolicy policy,
    String policyFile,
    boolean policyFileRequired,
    Severity missingWrapper,
    boolean requireChecksum) {

  public static final String SKIP = "tollgate.pins.skip";
  public static final String CHECK_DEPENDENCIES = "tollgate.pins.checkDependencies";
  public static final String ALL_PROFILES = "tollgate.pins.allProfiles";
  public static final String REQUIRED_VERSIONS = "tollgate.pins.requiredVersions";
  public static final String POLICY_FILE = "tollgate.pins.policyFile";
  public static final String BANNED_PLUGINS = "tollgate.pins.bannedPlugins";
  public static final String ALLOW_SNAPSHOTS = "tollgate.pins.allowSnapshots";
  public static final String MISSING_WRAPPER = "tollgate.pins.missingWrapper";
  public static final String REQUIRE_CHECKSUM = "tollgate.pins.requireChecksum";
  public static final String IGNORE = "tollgate.pins.ignore";
  public static final String ADDITIONAL_PLUGINS = "tollgate.pins.additionalPlugins";

  /** The old spelling of {@link #ALLOW_SNAPSHOTS}, accepted with a warning for one release. */
  public static final String ALLOWED_SNAPSHOTS_DEPRECATED = "tollgate.pins.allowedSnapshots";

  /** The policy file read when {@link #POLICY_FILE} is not set. */
  public static final String DEFAULT_POLICY_FILE = ".mvn/tollgate-pins.properties";

  /**
   * Parses the settings. List values ({@code requiredVersions}, {@code bannedPlugins}, {@code
   * allowSnapshots}) hold one entry per line.
   *
   * @param settings the {@code tollgate.pins.*} properties
   * @param warn receives one line per deprecated spelling in use
   * @throws IllegalArgumentException naming the property or entry that is wrong and the fix (an
   *     {@link dev.tollgate.core.settings.InvalidSettingException} for a malformed value)
   */
  public static PinOptions from(Settings settings, Consumer<String> warn) {
    Settings s = settings.withRenamed(Map.of(ALLOWED_SNAPSHOTS_DEPRECATED, ALLOW_SNAPSHOTS), warn);
    Map<String, PinPolicy.RequiredVersion> required = new LinkedHashMap<>();
    for (Map.Entry<String, String> e :
        PinPolicy.parseEntries(s.lines(REQUIRED_VERSIONS), "requiredVersions", "version", true)
            .entrySet()) {
      required.put(e.getKey(), new PinPolicy.RequiredVersion(e.getValue(), Location.nowhere()));
    }
    List<GlobPattern> allowSnapshots = new ArrayList<>();
    for (String glob :
        PinPolicy.parseEntries(s.lines(ALLOW_SNAPSHOTS), "allowSnapshots", "reason", false)
            .keySet()) {
      allowSnapshots.add(GlobPattern.of(glob));
    }
    Map<GlobPattern, String> ignored = new LinkedHashMap<>();
    for (Map.Entry<String, String> e :
        PinPolicy.parseEntries(s.lines(IGNORE), "ignore", "reason", true).entrySet()) {
      ignored.put(GlobPattern.of(e.getKey()), e.getValue());
    }
    PinPolicy policy =
        new PinPolicy(
            required,
            PinPolicy.parseEntries(s.lines(BANNED_PLUGINS), "bannedPlugins", "reason", false),
            allowSnapshots,
            ignored,
            List.copyOf(
                PinPolicy.parseEntries(
                        s.lines(ADDITIONAL_PLUGINS), "additionalPlugins", "reason", false)
                    .keySet()));
    String policyFile = s.string(POLICY_FILE, DEFAULT_POLICY_FILE);
    return new PinOptions(
        s.bool(SKIP, false),
        s.bool(CHECK_DEPENDENCIES, false),
        s.bool(ALL_PROFILES, false),
        policy,
        policyFile,
        !policyFile.equals(DEFAULT_POLICY_FILE),
        missingWrapper(s, warn),
        s.bool(REQUIRE_CHECKSUM, true));
  }

  /**
   * The level of a missing wrapper: {@code off}, {@code warn} or {@code error}. The old spellings
   * ({@code ignore}, {@code warning}, {@code info}, {@code note}) work with a warning for one
   * release.
   */
  private static Severity missingWrapper(Settings s, Consumer<String> warn) {
    Optional<String> value = s.value(MISSING_WRAPPER);
    if (value.isEmpty()) {
      return Severity.WARN;
    }
    String word = value.get().toLowerCase(Locale.ROOT);
    String deprecated = MISSING_WRAPPER + "=" + word + " is deprecated; use ";
    switch (word) {
      case "ignore" -> {
        warn.accept(deprecated + "off");
        return null;
      }
      case "warning" -> {
        warn.accept(deprecated + "warn");
        return Severity.WARN;
      }
      case "info", "note" -> {
        warn.accept(deprecated + "warn or off");
        return Severity.INFO;
      }
      default -> {
        Level level = Settings.parseLevel(MISSING_WRAPPER, word);
        return level == Level.OFF ? null : level == Level.WARN ? Severity.WARN : Severity.ERROR;
      }
    }
  }

  /**
   * The request for {@link PinCheck#run}: the declarations of {@code model} under these options.
   *
   * @param model the build's POMs
   * @param mavenVersion the running Maven version
   */
  public PinRequest request(ReactorModel model, String mavenVersion) {
    return request(model, mavenVersion, List.of());
  }

  /**
   * The request for {@link PinCheck#run}, with the build's enforcer {@code requireMavenVersion}
   * rules.
   *
   * @param model the build's POMs
   * @param mavenVersion the running Maven version
   * @param mavenRequirements the {@code requireMavenVersion} rules of the effective models
   */
  public PinRequest request(
      ReactorModel model, String mavenVersion, List<MavenRequirement> mavenRequirements) {
    return new PinRequest(
        model.root(),
        ModelDeclarations.gather(model, allProfiles, checkDependencies),
        model.reactorArtifacts(),
        policy,
        policyFile,
        policyFileRequired,
        model.pinAt(),
        mavenVersion,
        missingWrapper,
        requireChecksum,
        mavenRequirements);
  }
}
