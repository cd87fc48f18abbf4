package dev.tollgate.core.changelog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changelog operations, pure over strings and values: render one release's section, insert it
 * into an existing changelog (keeping every other byte), or render a whole changelog.
 */
public final class Changelog {

  private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \\t]");
  private static final Pattern VERSION_IN_HEADING =
      Pattern.compile("(?<![0-9.])\\d+\\.\\d+\\.\\d+(?![0-9])");

  private Changelog() {}

  /** The section of one release, ending with a newline. */
  public static String renderSection(
      ChangelogStyle style, ReleaseSection release, Optional<RepositoryLinks> links) {
    return renderer(style).render(release, links);
  }

  /** A whole changelog from releases listed newest first. */
  public static String renderAll(
      ChangelogStyle style, List<ReleaseSection> newestFirst, Optional<RepositoryLinks> links) {
    SectionRenderer renderer = renderer(style);
    StringBuilder out = new StringBuilder(renderer.fileHeader());
    for (int i = 0; i < newestFirst.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(renderer.render(newestFirst.get(i), links));
    }
    return out.toString();
  }

  /**
   * Inserts a rendered section into an existing changelog and returns the new text. The section
   * goes before the newest release's heading, followed by a blank line; everything else is kept
   * byte for byte (line ends follow the file's: a CRLF file gets a CRLF section). Special cases:
   *
   * <ul>
   *   <li>a section for the same version already there is replaced (re-running is idempotent);
   *   <li>commitizen style replaces an {@code Unreleased} section, as {@code cz changelog} does
   *       (Keep a Changelog keeps its {@code [Unreleased]} heading above the new section);
   *   <li>a changelog without releases gets the section appended; an empty one gets the style's
   *       file header first.
   * </ul>
   *
   * @param version the section's version, e.g. {@code 1.2.0}, to find an existing section
   */
  public static String insertSection(
      ChangelogStyle style, String existing, String section, String version) {
    if (existing == null || existing.isBlank()) {
      return renderer(style).fileHeader() + section;
    }
    String eol = existing.contains("\r\n") ? "\r\n" : "\n";
    String block = eol.equals("\n") ? section : section.replace("\n", "\r\n");
    List<Line> lines = Line.split(existing);

    int firstRelease = -1;
    int unreleased = -1;
    int sameVersion = -1;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (!HEADING.matcher(text).lookingAt()) {
        continue;
      }
      if (firstRelease < 0 && unreleased < 0 && text.toLowerCase().contains("unreleased")) {
        unreleased = i;
        continue;
      }
      if (sameVersion < 0 && mentionsVersion(text, version)) {
        sameVersion = i;
      }
      if (firstRelease < 0 && VERSION_IN_HEADING.matcher(text).find()) {
        firstRelease = i;
      }
    }
    if (sameVersion >= 0) {
      int end = nextReleaseHeading(lines, sameVersion);
      return join(lines, 0, sameVersion)
          + block
          + (end < lines.size() ? eol : "")
          + join(lines, end, lines.size());
    }
    if (style == ChangelogStyle.COMMITIZEN && unreleased >= 0) {
      int end = firstRelease >= 0 ? firstRelease : lines.size();
      return join(lines, 0, unreleased)
          + block
          + (end < lines.size() ? eol : "")
          + join(lines, end, lines.size());
    }
    if (firstRelease >= 0) {
      return join(lines, 0, firstRelease) + block + eol + join(lines, firstRelease, lines.size());
    }
    StringBuilder out = new StringBuilder(existing);
    if (!existing.endsWith("\n")) {
      out.append(eol);
    }
    if (!existing.endsWith(eol + eol) && !existing.equals(eol)) {
      out.append(eol);
    }
    return out.append(block).toString();
  }

  private static boolean mentionsVersion(String heading, String version) {
    if (version == null || version.isEmpty()) {
      return false;
    }
    Pattern p =
        Pattern.compile("(?<![0-9A-Za-z.])v?" + Pattern.quote(version) + "(?![0-9A-Za-z.+-])");
    Matcher m = p.matcher(heading);
    return m.find();
  }

  private static int nextReleaseHeading(List<Line> lines, int from) {
    String level = hashes(lines.get(from).text());
    for (int i = from + 1; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (HEADING.matcher(text).lookingAt() && hashes(text).length() <= level.length()) {
        return i;
      }
    }
    return lines.size();
  }

  private static String hashes(String heading) {
    int n = 0;
    while (n < heading.length() && heading.charAt(n) == '#') {
      n++;
    }
    return heading.substring(0, n);
  }

  private static String join(List<Line> lines, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(lines.get(i).raw());
    }
    return sb.toString();
  }

  private static SectionRenderer renderer(ChangelogStyle style) {
    return switch (style) {
      case COMMITIZEN -> new CommitizenRenderer();
      case CONVENTIONAL -> new ConventionalRenderer();
      case KEEPACHANGELOG -> new KeepAChangelogRenderer();
    };
  }

  /** A line with its original terminator ({@code raw}) and without it ({@code text}). */
  private record Line(String raw, String text) {
    static List<Line> split(String s) {
      java.util.ArrayList<Line> lines = new java.util.ArrayList<>();
      int start = 0;
      while (start < s.length()) {
        int nl = s.indexOf('\n', start);
        int end = nl < 0 ? s.length() : nl + 1;
        String raw = s.substring(start, end);
        String text = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
        if (text.endsWith("\r")) {
          text = text.substring(0, text.length() - 1);
        }
        lines.add(new Line(raw, text));
        start = end;
      }
      return lines;
    }
  }
}
