package dev.tollgate.core.tools;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The settings of the scanners of {@code quality:pins} beyond Maven, parsed from {@code
 * tollgate.pins.*}.
 *
 * @param scans which scanners run
 * @param actions how GitHub Actions must be pinned
 * @param images how container images must be pinned
 * @param tools how runtime versions (JDK, Node) must be pinned
 * @param actionsRemote the URL pattern of an action's repository, with {@code {owner}} and {@code
 *     {repo}} (used by {@code quality:pins-fix} only)
 */
public record ToolPinOptions(
    Set<Scan> scans,
    ActionPolicy actions,
    ImagePolicy images,
    ToolPolicy tools,
    String actionsRemote) {

  public static final String SCAN = "tollgate.pins.scan";
  public static final String ACTIONS = "tollgate.pins.actions";
  public static final String IMAGES = "tollgate.pins.images";
  public static final String TOOLS = "tollgate.pins.tools";
  public static final String ACTIONS_REMOTE = "tollgate.pins.actionsRemote";

  /** The default of {@link #ACTIONS_REMOTE}: the public GitHub repository of the action. */
  public static final String DEFAULT_ACTIONS_REMOTE = "https://github.com/{owner}/{repo}.git";

  /** What {@code quality:pins} scans: {@code tollgate.pins.scan}. */
  public enum Scan {
    MAVEN,
    ACTIONS,
    CONTAINERS,
    PRECOMMIT,
    TOOLS;

    /** The name as written in {@code tollgate.pins.scan}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code tollgate.pins.actions}: a full commit SHA, an exact {@code vX.Y.Z} tag, or no check. */
  public enum ActionPolicy {
    SHA,
    TAG,
    OFF
  }

  /** {@code tollgate.pins.images}: an exact tag is enough, or a digest is wanted too. */
  public enum ImagePolicy {
    TAG,
    DIGEST
  }

  /** {@code tollgate.pins.tools}: a major version ({@code 17}) is enough, or an exact one. */
  public enum ToolPolicy {
    MAJOR,
    EXACT
  }

  /** Every scanner on, the default policies. */
  public static ToolPinOptions defaults() {
    return from(Settings.empty());
  }

  /**
   * Parses the settings.
   *
   * @throws InvalidSettingException naming the property when a value is not one of its choices
   */
  public static ToolPinOptions from(Settings settings) {
    Set<Scan> scans = EnumSet.noneOf(Scan.class);
    List<String> listed = settings.list(SCAN);
    if (listed.isEmpty()) {
      scans = EnumSet.allOf(Scan.class);
    }
    for (String word : listed) {
      scans.add(scan(word));
    }
    String remote = settings.string(ACTIONS_REMOTE, DEFAULT_ACTIONS_REMOTE);
    if (!remote.contains("{owner}") || !remote.contains("{repo}")) {
      throw new InvalidSettingException(
          ACTIONS_REMOTE,
          "'"
              + remote
              + "' names no {owner} and {repo}; write a URL pattern such as "
              + DEFAULT_ACTIONS_REMOTE);
    }
    return new ToolPinOptions(
        Set.copyOf(scans),
        ActionPolicy.valueOf(upper(settings.choice(ACTIONS, "sha", List.of("sha", "tag", "off")))),
        ImagePolicy.valueOf(upper(settings.choice(IMAGES, "tag", List.of("tag", "digest")))),
        ToolPolicy.valueOf(upper(settings.choice(TOOLS, "major", List.of("major", "exact")))),
        remote);
  }

  private static Scan scan(String word) {
    for (Scan s : Scan.values()) {
      if (s.id().equalsIgnoreCase(word)) {
        return s;
      }
    }
    throw new InvalidSettingException(
        SCAN,
        "unknown scan '"
            + word
            + "'; use any of: maven, actions, containers, precommit, tools (comma-separated)");
  }

  private static String upper(String word) {
    return word.toUpperCase(Locale.ROOT);
  }

  /** Whether the scanner runs. */
  public boolean scans(Scan scan) {
    return scans.contains(scan);
  }

  /** The remote URL of {@code owner/repo}. */
  public String remoteOf(String owner, String repo) {
    return actionsRemote.replace("{owner}", owner).replace("{repo}", repo);
  }
}
