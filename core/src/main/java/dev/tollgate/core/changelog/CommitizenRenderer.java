package dev.tollgate.core.changelog;

import dev.tollgate.core.versioning.ReleaseCommit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * commitizen's changelog as its {@code cz_conventional_commits} rules produce it: a commit takes
 * part when its header looks like {@code type(scope)!:}; its header gives an item when the type is
 * {@code feat}, {@code fix}, {@code refactor} or {@code perf} or carries a {@code !}; each body
 * paragraph starting with {@code BREAKING CHANGE:} (or another such header) gives one more item.
 * Groups are ordered {@code BREAKING CHANGE, Feat, Fix, Refactor, Perf}, then the others by name;
 * items keep the commits' order ({@code git log --topo-order}, as {@code cz changelog} reads them);
 * a {@code !} on another type gives an item without group heading; a release without items is its
 * heading line alone.
 */
final class CommitizenRenderer implements SectionRenderer {

  private static final Pattern TAKES_PART =
      Pattern.compile(
          "^((BREAKING[\\- ]CHANGE|\\w+)(\\(.+\\))?!?):", Pattern.UNICODE_CHARACTER_CLASS);
  private static final String ITEM =
      "^(?:(?<type>feat|fix|refactor|perf|BREAKING CHANGE)(?:\\((?<scope>[^()\\r\\n]*)\\)|\\()?"
          + "(?<bang>!)?|\\w+!):\\s(?<message>.*)?";
  private static final Pattern HEADER_ITEM = Pattern.compile(ITEM, Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BODY_ITEM =
      Pattern.compile(ITEM, Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);
  private static final Map<String, String> GROUP_NAMES =
      Map.of("feat", "Feat", "fix", "Fix", "refactor", "Refactor", "perf", "Perf");
  private static final List<String> GROUP_ORDER =
      List.of("BREAKING CHANGE", "Feat", "Fix", "Refactor", "Perf");
  // the group of items whose type has no name (e.g. chore!:), rendered without heading
  private static final String UNNAMED = "";

  private record Item(String scope, String message) {}

  @Override
  public String render(ReleaseSection release, Optional<RepositoryLinks> links) {
    Map<String, List<Item>> groups = new LinkedHashMap<>();
    for (ReleaseCommit commit : release.commits()) {
      String message = commit.message();
      if (!TAKES_PART.matcher(message).lookingAt()) {
        continue;
      }
      add(groups, HEADER_ITEM.matcher(message));
      int nl = message.indexOf('\n');
      String body = nl < 0 ? "" : message.substring(nl + 1).strip();
      if (body.isEmpty()) {
        continue;
      }
      for (String paragraph : body.split("\n\n", -1)) {
        add(groups, BODY_ITEM.matcher(paragraph));
      }
    }
    StringBuilder out = new StringBuilder("## ").append(release.tagName());
    release.date().ifPresent(d -> out.append(" (").append(d).append(')'));
    // cz's template: the heading, one newline, then per group a blank line before its heading;
    // a release without items is the heading line alone
    out.append('\n');
    if (!groups.isEmpty()) {
      out.append('\n');
    }
    boolean first = true;
    for (String key : ordered(groups)) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      if (!key.equals(UNNAMED)) {
        out.append("### ").append(key).append('\n');
      }
      out.append('\n');
      for (Item item : groups.get(key)) {
        if (item.scope() != null && !item.scope().isEmpty()) {
          out.append("- **")
              .append(item.scope())
              .append("**: ")
              .append(item.message())
              .append('\n');
        } else if (item.message() != null && !item.message().isEmpty()) {
          out.append("- ").append(item.message()).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static void add(Map<String, List<Item>> groups, Matcher m) {
    if (!m.lookingAt()) {
      return;
    }
    String type = m.group("type");
    String key = type == null ? UNNAMED : GROUP_NAMES.getOrDefault(type, type);
    String message = m.group("message");
    groups
        .computeIfAbsent(key, k -> new ArrayList<>())
        .add(new Item(m.group("scope"), message == null ? "" : message));
  }

  private static List<String> ordered(Map<String, List<Item>> groups) {
    List<String> keys = new ArrayList<>();
    for (String key : GROUP_ORDER) {
      if (groups.containsKey(key)) {
        keys.add(key);
      }
    }
    groups.keySet().stream()
        .filter(k -> !GROUP_ORDER.contains(k) && !k.equals(UNNAMED))
        .sorted()
        .forEach(keys::add);
    if (groups.containsKey(UNNAMED)) {
      keys.add(UNNAMED);
    }
    return keys;
  }

  @Override
  public String fileHeader() {
    return "";
  }
}
