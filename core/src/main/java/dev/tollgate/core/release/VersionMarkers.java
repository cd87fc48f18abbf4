package dev.tollgate.core.release;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version strings release-please's Java conventions mark, and Tollgate's own marker, updated
 * line by line with every other byte kept (line ends included). Pure.
 *
 * <ul>
 *   <li>{@code {x-version-update:<artifact>:current|released}} on a line: the first version on the
 *       line becomes the artifact's version; {@code {x-version-update-start:<artifact>:…}} to
 *       {@code {x-version-update-end}} does that for every line of the block;
 *   <li>{@code {x-tollgate-version:current|released}}: the same for the reactor's version, without
 *       naming an artifact;
 *   <li>a {@code versions.txt} line {@code <artifact>:<released>:<current>}.
 * </ul>
 *
 * At the release both kinds take the release version; at the next development version only {@code
 * current} markers (and the current column) move, as release-please does.
 */
final class VersionMarkers {

  private static final Pattern INLINE =
      Pattern.compile("\\{x-version-update:([\\w\\-_]+):(current|released)}");
  private static final Pattern BLOCK_START =
      Pattern.compile("\\{x-version-update-start:([\\w\\-_]+):(current|released)}");
  private static final Pattern BLOCK_END = Pattern.compile("\\{x-version-update-end}");
  private static final Pattern TOLLGATE =
      Pattern.compile("\\{x-tollgate-version:(current|released)}");
  private static final Pattern VERSION =
      Pattern.compile("\\d+\\.\\d+\\.\\d+(-\\w+(\\.\\d+)?)?(-SNAPSHOT)?");
  private static final Pattern VERSIONS_LINE =
      Pattern.compile("^([\\w\\-_]+):([^:]+):([^:\\r\\n]+)");

  private VersionMarkers() {}

  /** Whether the text may hold a marker (a cheap test before {@link #update}). */
  static boolean mayHoldMarkers(String text) {
    return text.contains("x-version-update") || text.contains("x-tollgate-version");
  }

  /**
   * The text with its markers updated.
   *
   * @param versions the version of each artifact released (artifactId to version)
   * @param version the reactor's version (for Tollgate's own marker)
   * @param development whether this is the next development version (only {@code current} moves)
   */
  static String update(
      String text, Map<String, String> versions, String version, boolean development) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    String block = null;
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      String line = text.substring(start, end);
      String target = null;
      Matcher inline = INLINE.matcher(line);
      Matcher own = TOLLGATE.matcher(line);
      if (inline.find()) {
        if (!development || inline.group(2).equals("current")) {
          target = versions.get(inline.group(1));
        }
      } else if (own.find()) {
        if (!development || own.group(1).equals("current")) {
          target = version;
        }
      } else if (block != null) {
        target = versions.get(block);
        if (BLOCK_END.matcher(line).find()) {
          block = null;
        }
      } else {
        Matcher m = BLOCK_START.matcher(line);
        if (m.find() && (!development || m.group(2).equals("current"))) {
          block = m.group(1);
        }
      }
      out.append(target == null ? line : VERSION.matcher(line).replaceFirst(target));
      start = end;
    }
    return out.toString();
  }

  /**
   * A {@code versions.txt} ({@code artifact:released:current} lines) for the released artifacts:
   * both columns at the release, the current column alone at the development version.
   */
  static String updateVersions(String text, Map<String, String> versions, boolean development) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      String line = text.substring(start, end);
      Matcher m = VERSIONS_LINE.matcher(line);
      String version = m.lookingAt() ? versions.get(m.group(1)) : null;
      if (version == null) {
        out.append(line);
      } else {
        out.append(m.group(1))
            .append(':')
            .append(development ? m.group(2) : version)
            .append(':')
            .append(version)
            .append(line, m.end(), line.length());
      }
      start = end;
    }
    return out.toString();
  }
}
