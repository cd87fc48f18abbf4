package dev.tollgate.core.commits;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The whole commit-message configuration as a plain value: a setting for every rule and the
 * ignores. Build it from a preset and overrides, or from the {@code tollgate.commits.*} settings
 * ({@link #from(Settings, Consumer)}), which is what both the Maven goals and the git hooks do.
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
      Stream.concat(CONVENTIONAL_TYPES.stream(), Stream.of("bump")).sorted().toList();

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
        // cz check: (type)(\(\S+\))?!?: subject, then optionally a blank line and the rest; one
        // finding per message, as cz reports one ("pattern: …"): the header pattern alone judges
        // the header, the type rules stay off (type-enum keeps the types for suggestions)
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
        rules.put("subject-empty", RuleSetting.never(off, ""));
        rules.put("subject-full-stop", RuleSetting.never(off, "."));
        rules.put("type-case", RuleSetting.always(off, "lower-case"));
        rules.put("type-empty", RuleSetting.never(off, ""));
        rules.put("type-enum", RuleSetting.always(off, String.join(",", COMMITIZEN_TYPES)));
      }
      default ->
          throw new IllegalArgumentException(
              "unknown commit preset '" + name + "'; use conventional or commitizen");
    }
    // Tollgate's own: "fix:  Improve" passes commitlint (its subject starts with a space, so
    // subject-case does not judge it); a warning names the real problem without changing the
    // verdict
    rules.put(
        "subject-leading-space", RuleSetting.always(preset.equals(CONVENTIONAL) ? warn : off, ""));
    rules.put("subject-max-length", RuleSetting.always(off, "72"));
    rules.put("scope-empty", RuleSetting.never(off, ""));
    rules.put("scope-enum", RuleSetting.always(off, ""));
    rules.put("references-pattern", RuleSetting.always(off, "#[0-9]+|[A-Z][A-Z0-9]+-[0-9]+"));
    rules.put("signed-off-by", RuleSetting.always(off, "Signed-off-by:"));
    return new CommitLintConfig(
        preset, rules, preset.equals(COMMITIZEN) ? Ignores.COMMITIZEN : Ignores.DEFAULTS);
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

  /** The rule preset: {@code conventional} (default) or {@code commitizen}. */
  public static final String PRESET = "tollgate.commits.preset";

  /** Rule settings on top of the preset: {@code id=level[:always|never][:value]} lines. */
  public static final String RULES = "tollgate.commits.rules";

  /** Skip version-only headers such as {@code v1.2.3} (default true, as commitlint). */
  public static final String IGNORE_VERSIONS = "tollgate.commits.ignoreVersions";

  /**
   * Skip merge commits: {@code true} (by parents or text, default), {@code text} or {@code false}.
   */
  public static final String IGNORE_MERGES = "tollgate.commits.ignoreMerges";

  /** Skip git's revert and reapply commits (default true). */
  public static final String IGNORE_REVERTS = "tollgate.commits.ignoreReverts";

  /** Skip fixup!, squash! and amend! commits (default true). */
  public static final String IGNORE_FIXUPS = "tollgate.commits.ignoreFixups";

  /** RE2 patterns of headers to skip, one per line. */
  public static final String IGNORE_PATTERNS = "tollgate.commits.ignorePatterns";

  /**
   * Where {@code scope-enum} takes its scopes from: empty (default: the rule as configured) or
   * {@code modules} (the reactor's modules, {@value #MODULE_NAMES}).
   */
  public static final String SCOPES = "tollgate.commits.scopes";

  /**
   * The reactor's module names for {@code scopes=modules}, separated by commas: supplied by the
   * goals from the reactor and recorded into the hooks' settings at install time, not set by hand.
   */
  public static final String MODULE_NAMES = "tollgate.commits.moduleNames";

  /**
   * The configuration the {@code tollgate.commits.*} settings describe, the same for the goals and
   * the hooks:
   *
   * <ul>
   *   <li>{@value #PRESET}: {@code conventional} (default) or {@code commitizen}
   *   <li>{@value #RULES}: {@code id=level[:always|never][:value]} lines (or separated by {@code
   *       ;}); then any {@code tollgate.commits.rules.<id>=level[:…]} setting
   *   <li>{@value #IGNORE_MERGES}: {@code true} (default: by parent count or merge text), {@code
   *       text} (by text only, as commitlint) or {@code false}
   *   <li>{@value #IGNORE_REVERTS}, {@value #IGNORE_FIXUPS}, {@value #IGNORE_VERSIONS}: {@code
   *       true} (default) or {@code false}
   *   <li>{@value #IGNORE_PATTERNS}: RE2 patterns for headers to skip, one per line
   *   <li>{@value #SCOPES}: {@code modules} turns {@code scope-enum} on with the names in {@value
   *       #MODULE_NAMES} (added to the scopes {@code scope-enum} already lists, at its level when
   *       it is on, else {@code error})
   * </ul>
   *
   * Levels are {@code off}, {@code warn} and {@code error}; commitlint's {@code 0}/{@code 1}/{@code
   * 2} and the old {@code disabled}, {@code false} and {@code warning} still work for one release,
   * with a line to {@code warn}.
   *
   * @param warn receives deprecation notes
   * @throws InvalidSettingException naming the property and what is wrong
   */
  public static CommitLintConfig from(Settings settings, Consumer<String> warn) {
    CommitLintConfig config =
        preset(settings.choice(PRESET, CONVENTIONAL, List.of(CONVENTIONAL, COMMITIZEN)));
    for (String line : settings.raw(RULES, "").split("[\\n;]")) {
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new InvalidSettingException(
            RULES,
            "'" + line.strip() + "' must be id=level[:value], e.g. header-max-length=error:72");
      }
      config = config.withRule(RULES, line.substring(0, eq).strip(), line.substring(eq + 1), warn);
    }
    String prefix = RULES + ".";
    for (Map.Entry<String, String> e : settings.asMap().entrySet()) {
      if (e.getKey().startsWith(prefix) && !e.getValue().isBlank()) {
        config =
            config.withRule(e.getKey(), e.getKey().substring(prefix.length()), e.getValue(), warn);
      }
    }
    config = withModuleScopes(config, settings, warn);
    Ignores ignores;
    String mergeMode = settings.choice(IGNORE_MERGES, "true", List.of("true", "false", "text"));
    boolean merges = !mergeMode.equals("false");
    boolean reverts = settings.bool(IGNORE_REVERTS, true);
    boolean fixups = settings.bool(IGNORE_FIXUPS, true);
    try {
      Ignores preset = config.ignores();
      ignores =
          new Ignores(
              merges,
              reverts,
              fixups,
              settings.lines(IGNORE_PATTERNS),
              settings.value(IGNORE_MERGES).isPresent()
                  ? mergeMode.equals("true")
                  : preset.mergesByParents(),
              settings.bool(IGNORE_VERSIONS, preset.versions()),
              preset.texts());
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(IGNORE_PATTERNS, e.getMessage());
    }
    config = config.withIgnores(ignores);
    try {
      new CommitLinter(config);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new InvalidSettingException(
          message.startsWith("invalid ignore pattern") ? IGNORE_PATTERNS : RULES, message);
    }
    return config;
  }

  /** {@value #SCOPES}{@code =modules}: the module names join {@code scope-enum}. */
  private static CommitLintConfig withModuleScopes(
      CommitLintConfig config, Settings settings, Consumer<String> warn) {
    String scopes = settings.choice(SCOPES, "", List.of("modules"));
    if (!scopes.equals("modules")) {
      return config;
    }
    if (!settings.asMap().containsKey(MODULE_NAMES)) {
      throw new InvalidSettingException(
          SCOPES,
          "modules: the module names are unknown here; they are recorded when the hooks are"
              + " installed, so run mvn quality:install-hooks again");
    }
    List<String> modules = settings.list(MODULE_NAMES);
    if (modules.isEmpty()) {
      warn.accept(
          SCOPES
              + "=modules: the build has no modules besides the top project, so scope-enum"
              + " is left as configured");
      return config;
    }
    RuleSetting current = config.rules().get("scope-enum");
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    RuleLevel level = RuleLevel.ERROR;
    if (current.level() != RuleLevel.OFF && !current.never()) {
      level = current.level();
      names.addAll(List.of(CommitRule.splitList(current.value())));
    }
    names.addAll(modules);
    names.remove("");
    Map<String, RuleSetting> changed = new LinkedHashMap<>(config.rules());
    changed.put("scope-enum", RuleSetting.always(level, String.join(",", names)));
    return new CommitLintConfig(config.preset(), changed, config.ignores());
  }

  private CommitLintConfig withRule(String key, String id, String setting, Consumer<String> warn) {
    String text = setting.strip();
    String level = text.contains(":") ? text.substring(0, text.indexOf(':')) : text;
    RuleLevel.deprecatedSpelling(level)
        .ifPresent(
            canonical ->
                warn.accept(
                    key
                        + ": level '"
                        + level.strip()
                        + "' of "
                        + id.strip()
                        + " is deprecated; write "
                        + canonical
                        + " (levels are off, warn, error)"));
    try {
      return withRule(id, setting);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(key, e.getMessage());
    }
  }

  /**
   * The ids of the types allowed by {@code type-enum} (empty when the rule is off, except in the
   * commitizen preset, whose header pattern lists the same types).
   */
  public List<String> allowedTypes() {
    RuleSetting s = rules.get("type-enum");
    boolean off = s == null || s.level() == RuleLevel.OFF || s.never();
    if (off && preset.equals(COMMITIZEN) && s != null && !s.never()) {
      return List.of(CommitRule.splitList(s.value()));
    }
    return off ? List.of() : List.of(CommitRule.splitList(s.value()));
  }
}
