package dev.tollgate.core.versioning;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How release tags are named: a template with {@code ${version}} (required, once) and optionally
 * {@code ${artifactId}}, e.g. {@code v${version}} (the default), {@code ${artifactId}-${version}}
 * or {@code ${version}} for plain {@code X.Y.Z} tags. Tags that do not match are not releases. The
 * spellings of maven-release-plugin are accepted too: {@code @{project.version}}, {@code
 * v@{version}}, {@code @{artifactId}-@{version}} (Maven interpolates {@code ${…}} in a POM).
 *
 * @param template the template
 * @param artifactId the value of {@code ${artifactId}}; null lets it match any text
 */
public record TagFormat(String template, String artifactId) {

  /** {@code v${version}}. */
  public static final TagFormat DEFAULT = new TagFormat("v${version}", null);

  private static final String VERSION = "${version}";
  private static final String ARTIFACT_ID = "${artifactId}";

  public TagFormat {
    if (template == null || template.isBlank()) {
      template = "v" + VERSION;
    }
    // Maven interpolates ${...} in a POM, so @{...} (maven-release-plugin's syntax) is accepted too
    template =
        template
            .replace("@{project.version}", VERSION)
            .replace("@{version}", VERSION)
            .replace("${project.version}", VERSION)
            .replace("@{project.artifactId}", ARTIFACT_ID)
            .replace("@{artifactId}", ARTIFACT_ID)
            .replace("${project.artifactId}", ARTIFACT_ID);
    int first = template.indexOf(VERSION);
    if (first < 0 || template.indexOf(VERSION, first + 1) >= 0) {
      throw new IllegalArgumentException(
          "tag format '"
              + template
              + "' must contain ${version} (or @{version}) exactly once, e.g. v${version} or"
              + " ${artifactId}-${version}; in a POM write @{version}, because Maven replaces"
              + " ${version} with the project's version before Tollgate sees it");
    }
  }

  /** A format without an artifact id value. */
  public static TagFormat of(String template) {
    return new TagFormat(template, null);
  }

  /** The same format with {@code ${artifactId}} bound to a value. */
  public TagFormat withArtifactId(String value) {
    return new TagFormat(template, value);
  }

  /** The tag name for a version. */
  public String tagFor(SemanticVersion version) {
    String name = template.replace(VERSION, version.toString());
    if (artifactId != null) {
      name = name.replace(ARTIFACT_ID, artifactId);
    }
    return name;
  }

  /** The version a tag name stands for, or empty when the tag is not a release tag. */
  public Optional<SemanticVersion> versionOf(String tagName) {
    Matcher m = pattern().matcher(tagName);
    if (!m.matches()) {
      return Optional.empty();
    }
    return SemanticVersion.tryParse(m.group("version"));
  }

  /**
   * The regular expression tag names must match; group {@code version} holds the version. RE2, so a
   * template with many placeholders still matches in linear time.
   */
  public Pattern pattern() {
    return PATTERNS.computeIfAbsent(template + "\u0000" + artifactId, key -> compile());
  }

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private Pattern compile() {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    boolean versionSeen = false;
    while (i < template.length()) {
      if (template.startsWith(VERSION, i)) {
        regex.append(versionSeen ? "\\S+" : "(?P<version>[0-9][0-9A-Za-z.+-]*)");
        versionSeen = true;
        i += VERSION.length();
      } else if (template.startsWith(ARTIFACT_ID, i)) {
        regex.append(artifactId == null ? ".+?" : Pattern.quote(artifactId));
        i += ARTIFACT_ID.length();
      } else {
        int next = nextPlaceholder(i);
        regex.append(Pattern.quote(template.substring(i, next)));
        i = next;
      }
    }
    return Pattern.compile(regex.toString());
  }

  private int nextPlaceholder(int from) {
    int v = template.indexOf(VERSION, from);
    int a = template.indexOf(ARTIFACT_ID, from);
    int next = template.length();
    if (v >= 0) {
      next = Math.min(next, v);
    }
    if (a >= 0) {
      next = Math.min(next, a);
    }
    return next == from ? from + 1 : next;
  }
}
