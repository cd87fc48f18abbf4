package dev.tollgate.core.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * release-please's conventions for commits that carry more than one change, pure: a {@code
 * BEGIN_COMMIT_OVERRIDE … END_COMMIT_OVERRIDE} block replaces the message (release-please reads it
 * from the pull request's body, which a squash merge copies into the commit message); each {@code
 * BEGIN_NESTED_COMMIT … END_NESTED_COMMIT} block is a message of its own; and what remains is split
 * before every paragraph that starts with a Conventional Commits header of a standard type.
 */
public final class ReleasePleaseMessages {

  private static final String OVERRIDE_BEGIN = "BEGIN_COMMIT_OVERRIDE";
  private static final String OVERRIDE_END = "END_COMMIT_OVERRIDE";
  private static final String NESTED_BEGIN = "BEGIN_NESTED_COMMIT";
  private static final String NESTED_END = "END_NESTED_COMMIT";
  // release-please's own split: a blank line followed by a standard type's header
  private static final Pattern SPLIT =
      Pattern.compile(
          "\\n\\n(?=(?:feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)"
              + "(?:\\(.*?\\))?: )");

  private ReleasePleaseMessages() {}

  /** The messages one commit message stands for (one, unless it uses the conventions above). */
  public static List<String> split(String message) {
    String text = message;
    int begin = text.indexOf(OVERRIDE_BEGIN);
    if (begin >= 0) {
      String after = text.substring(begin + OVERRIDE_BEGIN.length());
      int end = after.indexOf(OVERRIDE_END);
      String override = (end < 0 ? after : after.substring(0, end)).strip();
      if (!override.isEmpty()) {
        text = override;
      }
    }
    if (!text.contains(NESTED_BEGIN) && !SPLIT.matcher(text).find()) {
      return List.of(message.equals(text) ? message : text);
    }
    String[] parts = text.split(NESTED_BEGIN, -1);
    StringBuilder main = new StringBuilder(parts[0]);
    List<String> nested = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      int end = parts[i].indexOf(NESTED_END);
      if (end < 0) {
        nested.add(parts[i].strip());
      } else {
        nested.add(parts[i].substring(0, end).strip());
        main.append(parts[i].substring(end + NESTED_END.length()));
      }
    }
    List<String> messages = new ArrayList<>();
    for (String part : SPLIT.split(main.toString())) {
      if (!part.isBlank()) {
        messages.add(part.strip());
      }
    }
    nested.stream().filter(s -> !s.isBlank()).forEach(messages::add);
    return messages.isEmpty() ? List.of(message) : messages;
  }

  /**
   * The version a {@code Release-As: 1.2.3} footer (any case, optional {@code v}) asks for, or
   * null.
   */
  public static String releaseAs(List<dev.tollgate.core.commits.Footer> footers) {
    for (dev.tollgate.core.commits.Footer footer : footers) {
      if (footer.token().toLowerCase(Locale.ROOT).equals("release-as")
          && footer.separator().startsWith(":")) {
        String value = footer.value().strip();
        return value.startsWith("v") || value.startsWith("V") ? value.substring(1) : value;
      }
    }
    return null;
  }
}
