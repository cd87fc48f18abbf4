package dev.tollgate.core.versioning;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What to say when no tag matches the release tag format: what the tags look like and the format
 * that would match them ({@code tags look like enforcer-3.6.3: set
 * tollgate.tagFormat=enforcer-@{version}}). Pure.
 */
public final class TagFormatHint {

  /** A tag that ends in a version: the text before it (any {@code v} included) and the version. */
  private static final Pattern VERSIONED =
      Pattern.compile("^(.*?v?)([0-9]+\\.[0-9]+\\.[0-9]+(?:[-+][0-9A-Za-z.+-]*)?)$");

  private TagFormatHint() {}

  /**
   * The hint for these tag names, or empty when there are no tags.
   *
   * @param tagNames the repository's tags
   */
  public static Optional<String> forTags(Collection<String> tagNames) {
    if (tagNames.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> examples = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String name : tagNames.stream().sorted().toList()) {
      Matcher m = VERSIONED.matcher(name);
      if (m.matches()) {
        String prefix = m.group(1);
        counts.merge(prefix, 1, Integer::sum);
        if (!examples.containsKey(prefix) || m.group(2).indexOf('-') < 0) {
          examples.put(prefix, name);
        }
      }
    }
    if (counts.isEmpty()) {
      String some = tagNames.stream().sorted().findFirst().orElseThrow();
      return Optional.of(
          "the tags (e.g. "
              + some
              + ") hold no version x.y.z; set tollgate.commits.from or tollgate.commits.since");
    }
    String prefix =
        counts.entrySet().stream()
            .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
            .orElseThrow()
            .getKey();
    return Optional.of(
        "tags look like "
            + examples.get(prefix)
            + ": set tollgate.tagFormat="
            + prefix
            + ReleaseTags.POM_PLACEHOLDER);
  }
}
