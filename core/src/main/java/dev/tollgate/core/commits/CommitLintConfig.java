package dev.tollgate.core.commits;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The whole commit-message configuration as a plain value: a setting for every rule and the
 * ignores. Build it from a preset and overrides, or from a map of properties ({@link
 * #fromProperties(Map)}), which is what both the Maven goals and the git hook do.
 *
 * @param preset the preset the settings started from: {@code conventional} or {@code commitizen}
 * @param rules a setting for every rule id of {@link CommitRule}
 * @param ignores which commits are skipped
 */
public record CommitLintConfig(String preset, Map<String, RuleSetting> rules, Ignores ignores) {

  /** The default preset: commitlint's config-conventional. */
  public static final String CONVENTIONAL = "conventional";

  /** The preset matching commitizen's {@code cz check}. */
  public static final String COMMITIZEN = "commitizen";

  /** The types of commitlint's config-conventional. */
  public static final List<String> CONVENTIONAL_TYPES =
      List.of(
          "build",
          "chore",
          "ci",
          "docs",
          "feat",
          "fix",
          "perf",
          "refactor",
          "revert",
          "style",
          "test");

  /** The types of commitizen's {@code cz_conventional_commits}. */
  public static final List<String> COMMITIZEN_TYPES =
      List.of(
          "build",
          "bump",
          "chore",
          "ci",
          "docs",
          "feat",
          "fix",
          "perf",
          "refactor",
          "revert",
          "style",
          "test");

  public CommitLintConfig {
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(ignores, "ignores");
    rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
  }

  /** commitlint's config-conventional: the default. */
  public static CommitLintConfig conventional() {
    return preset(CONVENTIONAL);
  }

  /**
   * The settings of a preset, every rule present (optional rules at {@code off}).
   *
   * @throws IllegalArgumentException for an unknown preset, naming the known ones
   */
  public static CommitLintConfig preset(String name) {
    String preset =
        name == null || name.isBlank() ? CONVENTIONAL : name.strip().toLowerCase(Locale.ROOT);
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    RuleLevel off = RuleLevel.OFF;
    RuleLevel warn = RuleLevel.WARN;
    RuleLevel error = RuleLevel.ERROR;
    switch (preset) {
      case CONVENTIONAL -> {
        rules.put("body-leading-blank", RuleSetting.always(warn, ""));
        rules.put("body-max-line-length", RuleSetting.always(error, "100"));
        rules.put("footer-leading-blank", RuleSetting.always(warn, ""));
        rules.put("footer-max-line-length", RuleSetting.always(error, "100"));
        rules.put("header-max-length", RuleSetting.always(error, "100"));
        rules.put("header-trim", RuleSetting.always(error, ""));
        rules.put("header-pattern", RuleSetting.always(off, ""));
        rules.put(
            "subject-case",
            RuleSetting.never(error, "sentence-case,start-case,pascal-case,upper-case"));
        rules.put("subject-empty", RuleSetting.never(error, ""));
        rules.put("subject-full-stop", RuleSetting.never(error, "."));
        rules.put("type-case", RuleSetting.always(error, "lower-case"));
        rules.put("type-empty", RuleSetting.never(error, ""));
        rules.put("type-enum", RuleSetting.always(error, String.join(",", CONVENTIONAL_TYPES)));
      }
      case COMMITIZEN -> {
        // cz check: (type)(\(\S+\))?!?: subject, then optionally a blank line and the rest
        rules.put("body-leading-blank", RuleSetting.always(error, ""));
        rules.put("body-max-line-length", RuleSetting.always(off, "100"));
        rules.put("footer-leading-blank", RuleSetting.always(off, ""));
        rules.put("footer-max-line-length", RuleSetting.always(off, "100"));
        rules.put("header-max-length", RuleSetting.always(off, "100"));
        rules.put("header-trim", RuleSetting.always(off, ""));
        rules.put(
            "header-pattern",
            RuleSetting.always(
                error, "(" + String.join("|", COMMITIZEN_TYPES) + ")(\\(\\S+\\))?!?: [^\\n\\r]+"));
        rules.put(
            "subject-case",
            RuleSetting.never(off, "sentence-case,start-case,pascal-case,upper-case"));
        rules.put("subject-empty", RuleSetting.never(error, ""));
        rules.put("subject-full-stop", RuleSetting.never(off, "."));
        rules.put("type-case", RuleSetting.always(off, "lower-case"));
        rules.put("type-empty", RuleSetting.never(error, ""));
        rules.put("type-enum", RuleSetting.always(error, String.join(",", COMMITIZEN_TYPES)));
      }
      default ->
          throw new IllegalArgumentException(
              "unknown commit preset '" + name + "'; use conventional or commitizen");
    }
    rules.put("subject-max-length", RuleSetting.always(off, "72"));
    rules.put("scope-empty", RuleSetting.never(off, ""));
    rules.put("scope-enum", RuleSetting.always(off, ""));
    rules.put("references-pattern", RuleSetting.always(off, "#[0-9]+|[A-Z][A-Z0-9]+-[0-9]+"));
    rules.put("signed-off-by", RuleSetting.always(off, "Signed-off-by:"));
    return new CommitLintConfig(preset, rules, Ignores.DEFAULTS);
  }

  /**
   * This configuration with one rule changed by a setting text ({@code
   * level[:always|never][:value]}).
   *
   * @throws IllegalArgumentException for an unknown rule id or level, naming the known ones
   */
  public CommitLintConfig withRule(String id, String setting) {
    String key = id == null ? "" : id.strip();
    RuleSetting current = rules.get(key);
    if (current == null) {
      throw new IllegalArgumentException(
          "unknown commit rule '"
              + id
              + "'; known rules: "
              + String.join(", ", new TreeMap<>(rules).keySet()));
    }
    Map<String, RuleSetting> changed = new LinkedHashMap<>(rules);
    changed.put(key, RuleSetting.parse(setting, current));
    return new CommitLintConfig(preset, changed, ignores);
  }

  /** This configuration with other ignores. */
  public CommitLintConfig withIgnores(Ignores other) {
    return new CommitLintConfig(preset, rules, other);
  }

  /**
   * Builds a configuration from properties, as found in a pom, a properties file or {@code -D}
   * options. Keys may carry the prefix {@code tollgate.commits.}; unknown keys are ignored.
   *
   * <ul>
   *   <li>{@code preset}: {@code conventional} (default) or {@code commitizen}
   *   <li>{@code rules.<id>}: a rule setting, e.g. {@code rules.header-max-length=error:72}
   *   <li>{@code rules}: several settings as {@code id=setting} lines (or separated by {@code ;}),
   *       applied before the {@code rules.<id>} keys
   *   <li>{@code ignore.merges}, {@code ignore.reverts}, {@code ignore.fixups}: {@code true}
   *       (default) or {@code false}
   *   <li>{@code ignore.patterns}: RE2 patterns for headers to skip, one per line
   * </ul>
   *
   * @throws IllegalArgumentException naming the key and what is wrong
   */
  public static CommitLintConfig fromProperties(Map<String, String> properties) {
    Map<String, String> p = new TreeMap<>();
    properties.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            p.put(
                k.startsWith("tollgate.commits.") ? k.substring("tollgate.commits.".length()) : k,
                v);
          }
        });
    CommitLintConfig config = preset(p.get("preset"));
    for (String line : p.getOrDefault("rules", "").split("[\n;]")) {
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            "rule setting '"
                + line.strip()
                + "' must be id=level[:value], e.g. header-max-length=error:72");
      }
      config = config.withRule(line.substring(0, eq).strip(), line.substring(eq + 1));
    }
    for (Map.Entry<String, String> e : p.entrySet()) {
      if (e.getKey().startsWith("rules.")) {
        config = config.withRule(e.getKey().substring("rules.".length()), e.getValue());
      }
    }
    List<String> patterns = new ArrayList<>();
    for (String line : p.getOrDefault("ignore.patterns", "").split("\n")) {
      if (!line.isBlank()) {
        patterns.add(line.strip());
      }
    }
    return config.withIgnores(
        new Ignores(
            bool(p, "ignore.merges"),
            bool(p, "ignore.reverts"),
            bool(p, "ignore.fixups"),
            patterns));
  }

  private static boolean bool(Map<String, String> p, String key) {
    String v = p.getOrDefault(key, "true").strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true", "yes", "on", "" -> true;
      case "false", "no", "off" -> false;
      default ->
          throw new IllegalArgumentException(
              "tollgate.commits." + key + " must be true or false, got '" + v + "'");
    };
  }

  /** The ids of the types allowed by {@code type-enum} (empty when the rule is off). */
  public List<String> allowedTypes() {
    RuleSetting s = rules.get("type-enum");
    return s == null || s.level() == RuleLevel.OFF || s.never()
        ? List.of()
        : List.of(CommitRule.splitList(s.value()));
  }
}
