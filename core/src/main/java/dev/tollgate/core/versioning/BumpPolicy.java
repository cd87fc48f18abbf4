package dev.tollgate.core.versioning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how much each commit bumps the version: a {@link BumpPreset}, then the project's type map
 * (which wins over the preset for the types it names), then {@code minimumBump} for every non-merge
 * commit. Pure; the 0.x rules are applied to the aggregate by {@link VersionCalculator}.
 *
 * @param preset the preset
 * @param typeLevels type to level overrides, e.g. {@code docs=patch} or {@code refactor=none}
 * @param minimumBump the least any non-merge commit of the range gives (release-please and lerna
 *     behave as {@code PATCH})
 */
public record BumpPolicy(
    BumpPreset preset, Map<String, BumpLevel> typeLevels, BumpLevel minimumBump) {

  // commitizen 4's bump_pattern, matched against every line of the message
  private static final Pattern COMMITIZEN_LINE =
      Pattern.compile(
          "^((BREAKING[\\-\\ ]CHANGE|\\w+)(\\(.+\\))?!?):", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern COMMITIZEN_BREAKING = Pattern.compile("^BREAKING[\\-\\ ]CHANGE");

  public BumpPolicy {
    Objects.requireNonNull(preset, "preset");
    typeLevels = Map.copyOf(typeLevels);
    Objects.requireNonNull(minimumBump, "minimumBump");
  }

  /** The preset alone. */
  public static BumpPolicy of(BumpPreset preset) {
    return new BumpPolicy(preset, Map.of(), BumpLevel.NONE);
  }

  /**
   * The level one commit gives. Merge commits give nothing themselves under the conventional
   * preset; commitizen reads their messages like any other's.
   */
  public BumpLevel levelOf(ReleaseCommit commit) {
    if (preset == BumpPreset.COMMITIZEN) {
      return commitizenLevel(commit).max(commit.merge() ? BumpLevel.NONE : minimumBump);
    }
    if (commit.merge()) {
      return BumpLevel.NONE;
    }
    return conventionalLevel(commit).max(minimumBump);
  }

  private static boolean isGitRevert(ReleaseCommit commit) {
    String header = commit.subject();
    return header.startsWith("Revert \"") || header.startsWith("Reapply \"");
  }

  /** The highest level of a range of commits. */
  public BumpLevel levelOf(Iterable<ReleaseCommit> commits) {
    BumpLevel level = BumpLevel.NONE;
    for (ReleaseCommit commit : commits) {
      level = level.max(levelOf(commit));
    }
    return level;
  }

  private BumpLevel conventionalLevel(ReleaseCommit commit) {
    if (!commit.conventional()) {
      // git's Revert "…" / Reapply "…" gives nothing unless bumpTypes names revert: then it gives
      // that level, as semantic-release's angular rules and release-please give it a patch
      BumpLevel revert = typeLevels.get("revert");
      return revert != null && isGitRevert(commit) ? revert : BumpLevel.NONE;
    }
    if (commit.breaking()) {
      return BumpLevel.MAJOR;
    }
    BumpLevel custom = typeLevels.get(commit.type());
    if (custom != null) {
      return custom;
    }
    return switch (commit.type()) {
      case "feat" -> BumpLevel.MINOR;
      case "fix", "perf" -> BumpLevel.PATCH;
      default -> BumpLevel.NONE;
    };
  }

  // commitizen's find_increment: each line's keyword (type, scope and bang) through the bump map
  // in order: a trailing '!' major, BREAKING CHANGE major, then the prefixes feat minor and fix,
  // refactor, perf patch (so 'feature:' is minor); the project's type map wins for the types it
  // names, after the bang.
  private BumpLevel commitizenLevel(ReleaseCommit commit) {
    BumpLevel level = BumpLevel.NONE;
    for (String line : commit.message().split("\n", -1)) {
      Matcher m = COMMITIZEN_LINE.matcher(line);
      if (!m.find()) {
        continue;
      }
      String keyword = m.group(1);
      String type = m.group(2);
      BumpLevel lineLevel;
      if (keyword.length() > 1 && keyword.endsWith("!")) {
        lineLevel = BumpLevel.MAJOR;
      } else if (COMMITIZEN_BREAKING.matcher(keyword).lookingAt()) {
        lineLevel = BumpLevel.MAJOR;
      } else if (typeLevels.containsKey(type)) {
        lineLevel = typeLevels.get(type);
      } else if (keyword.startsWith("feat")) {
        lineLevel = BumpLevel.MINOR;
      } else if (keyword.startsWith("fix")
          || keyword.startsWith("refactor")
          || keyword.startsWith("perf")) {
        lineLevel = BumpLevel.PATCH;
      } else {
        lineLevel = BumpLevel.NONE;
      }
      level = level.max(lineLevel);
      if (level == BumpLevel.MAJOR) {
        break;
      }
    }
    return level;
  }

  /**
   * Parses a type map written as {@code type=level} pairs separated by commas, e.g. {@code
   * docs=patch, refactor=none}.
   */
  public static Map<String, BumpLevel> parseTypeLevels(String text) {
    Map<String, BumpLevel> map = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return map;
    }
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "type map entry '" + pair.trim() + "' is not type=level, e.g. docs=patch");
      }
      map.put(pair.substring(0, eq).trim(), BumpLevel.parse(pair.substring(eq + 1)));
    }
    return map;
  }
}
