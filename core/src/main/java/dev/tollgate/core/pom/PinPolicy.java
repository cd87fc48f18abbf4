package dev.tollgate.core.pom;

import dev.tollgate.core.pattern.GlobPattern;
import dev.tollgate.core.report.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an organisation requires beyond "every version is pinned": exact versions for named tools,
 * banned plugins, and SNAPSHOTs that are allowed anyway.
 *
 * @param required {@code groupId:artifactId} to the required version and where that rule is written
 * @param banned {@code groupId:artifactId} to the reason it is banned
 * @param allowSnapshots {@code groupId:artifactId} globs whose SNAPSHOT versions are accepted
 * @param ignored {@code groupId:artifactId} globs whose findings are kept, at info level, with the
 *     reason (the map's value) they are ignored
 * @param additionalPlugins {@code groupId:artifactId} of plugins run from the command line or CI
 *     scripts ({@code versions:set}, {@code sonar:sonar}), which must be pinned in pluginManagement
 */
public record PinPolicy(
    Map<String, RequiredVersion> required,
    Map<String, String> banned,
    List<GlobPattern> allowSnapshots,
    Map<GlobPattern, String> ignored,
    List<String> additionalPlugins) {

  /** A policy without an ignore list or command-line plugins. */
  public PinPolicy(
      Map<String, RequiredVersion> required,
      Map<String, String> banned,
      List<GlobPattern> allowSnapshots) {
    this(required, banned, allowSnapshots, Map.of(), List.of());
  }

  /**
   * One required version.
   *
   * @param version the exact version required
   * @param source where the requirement is written: a file location, or the plugin configuration
   */
  public record RequiredVersion(String version, Location source) {
    public RequiredVersion {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(source, "source");
    }
  }

  public PinPolicy {
    required = Map.copyOf(required);
    banned = Map.copyOf(banned);
    allowSnapshots = List.copyOf(allowSnapshots);
    ignored = new java.util.LinkedHashMap<>(ignored);
    additionalPlugins = List.copyOf(additionalPlugins);
  }

  /** The reason {@code key} is ignored, or {@code null} when it is not. */
  public String ignoredBecause(String key) {
    for (Map.Entry<GlobPattern, String> e : ignored.entrySet()) {
      if (e.getKey().matches(key)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** No requirements. */
  public static PinPolicy none() {
    return new PinPolicy(Map.of(), Map.of(), List.of());
  }

  /** Whether a SNAPSHOT of {@code key} is allowed by the allow-list. */
  public boolean snapshotAllowed(String key) {
    return GlobPattern.anyMatches(allowSnapshots, key);
  }

  /** This policy with {@code more} requirements added (the earlier entry wins on a clash). */
  public PinPolicy withRequired(Map<String, RequiredVersion> more) {
    Map<String, RequiredVersion> all = new LinkedHashMap<>(more);
    all.putAll(required);
    return new PinPolicy(all, banned, allowSnapshots, ignored, additionalPlugins);
  }

  /**
   * Parses {@code groupId:artifactId=value} entries, as written in the plugin configuration.
   *
   * @param entries the entries
   * @param what the parameter name, for error messages
   * @param value what the {@code =value} part holds ({@code version}, {@code reason})
   * @param valueRequired whether the {@code =value} part is mandatory
   * @throws IllegalArgumentException naming the parameter, the bad entry and the expected form
   */
  public static Map<String, String> parseEntries(
      List<String> entries, String what, String value, boolean valueRequired) {
    Map<String, String> out = new LinkedHashMap<>();
    if (entries == null) {
      return out;
    }
    for (String raw : entries) {
      if (raw == null || raw.isBlank()) {
        continue;
      }
      String entry = raw.trim();
      int eq = entry.indexOf('=');
      String key = (eq < 0 ? entry : entry.substring(0, eq)).trim();
      String written = eq < 0 ? "" : entry.substring(eq + 1).trim();
      if (!validKey(key) || (valueRequired && written.isEmpty())) {
        throw new IllegalArgumentException(
            what
                + " (tollgate.pins."
                + what
                + ") entry '"
                + entry
                + "' is not of the form groupId:artifactId"
                + (valueRequired ? "=" + value : "[=" + value + "]")
                + (valueRequired && validKey(key) ? ": add the " + value + " after '='" : ""));
      }
      out.put(key, written);
    }
    return out;
  }

  /**
   * Parses a policy file: one {@code groupId:artifactId=version} per line; {@code #} starts a
   * comment.
   *
   * @param text the file content
   * @param path the file's path as shown in findings
   * @throws IllegalArgumentException naming the file, line and expected form
   */
  public static Map<String, RequiredVersion> parseFile(String text, String path) {
    Map<String, RequiredVersion> out = new LinkedHashMap<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq).trim();
      String version = eq < 0 ? "" : line.substring(eq + 1).trim();
      if (!validKey(key) || version.isEmpty()) {
        throw new IllegalArgumentException(
            path
                + ":"
                + (i + 1)
                + ": '"
                + line
                + "' is not of the form groupId:artifactId=version; write it so (e.g."
                + " com.diffplug.spotless:spotless-maven-plugin=2.46.1) or comment it out with #");
      }
      if (!VersionPin.classify(version).pinned()) {
        throw new IllegalArgumentException(
            path
                + ":"
                + (i + 1)
                + ": the policy for "
                + key
                + " must be one exact version, not "
                + VersionPin.classify(version).description());
      }
      int column = lines[i].indexOf(line.charAt(0)) + 1;
      RequiredVersion earlier = out.get(key);
      if (earlier != null) {
        throw new IllegalArgumentException(
            path
                + ":"
                + (i + 1)
                + ": "
                + key
                + " is already required at "
                + earlier.source().display()
                + (earlier.version().equals(version)
                    ? "; remove the duplicate line"
                    : " (" + earlier.version() + ", here " + version + "); keep one version"));
      }
      out.put(key, new RequiredVersion(version, Location.file(path, i + 1, column)));
    }
    return out;
  }

  private static boolean validKey(String key) {
    int colon = key.indexOf(':');
    return colon > 0
        && colon < key.length() - 1
        && key.indexOf(':', colon + 1) < 0
        && key.chars().noneMatch(Character::isWhitespace);
  }
}
