package dev.tollgate.core.tools;

import dev.tollgate.core.tools.ToolPinOptions.Scan;
import java.util.Set;

/**
 * The line read of a workflow that proves it has nothing to report without building its YAML tree
 * (kept apart from {@link WorkflowScanner} so that proving a file clean loads no YAML class).
 */
final class WorkflowLines {

  private WorkflowLines() {}

  private static final Set<String> JUDGED_KEYS =
      Set.of("uses", "image", "container", "services", "java-version", "node-version");

  /**
   * Whether a line read proves the file has nothing to report, so the YAML tree need not be built
   * (most workflows of a pinned repository; parsing them all would cost more than the whole Maven
   * check). Conservative: every line that mentions a judged key must be a plain {@code key: value}
   * whose value passes the same rule the tree scan applies; anything else (flow collections, block
   * scalars, aliases, values on the next line, a failing value) answers {@code false} and the file
   * is parsed. A syntax error in a file proven clean is left to {@code quality:files}.
   */
  static boolean provablyClean(String text, ToolPinOptions options) {
    int start = 0;
    int length = text.length();
    while (start < length) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      String line = text.substring(start, end);
      start = end + 1;
      if (mentionsJudgedKey(line) && !lineIsClean(line, options)) {
        return false;
      }
    }
    return true;
  }

  private static boolean mentionsJudgedKey(String line) {
    return line.contains("uses")
        || line.contains("image")
        || line.contains("container")
        || line.contains("services")
        || line.contains("-version");
  }

  private static boolean lineIsClean(String line, ToolPinOptions options) {
    String trimmed = line.strip();
    if (trimmed.startsWith("#")) {
      return true;
    }
    // [- ]["']key["']: value, read by hand: this runs on every judged line of every workflow
    int i = 0;
    int n = trimmed.length();
    if (trimmed.startsWith("- ") || trimmed.startsWith("-\t")) {
      i = 1;
      while (i < n && Character.isWhitespace(trimmed.charAt(i))) {
        i++;
      }
    }
    char quote =
        i < n && (trimmed.charAt(i) == '"' || trimmed.charAt(i) == '\'') ? trimmed.charAt(i) : 0;
    if (quote != 0) {
      i++;
    }
    int keyStart = i;
    while (i < n && isKeyChar(trimmed.charAt(i))) {
      i++;
    }
    String key = trimmed.substring(keyStart, i);
    if (quote != 0) {
      if (i >= n || trimmed.charAt(i) != quote) {
        return false;
      }
      i++;
    }
    while (i < n && (trimmed.charAt(i) == ' ' || trimmed.charAt(i) == '\t')) {
      i++;
    }
    if (key.isEmpty() || i >= n || trimmed.charAt(i) != ':') {
      return false;
    }
    i++;
    if (i < n && trimmed.charAt(i) != ' ' && trimmed.charAt(i) != '\t') {
      return false;
    }
    String value = valueOf(trimmed.substring(i));
    if (value == null) {
      return false; // a flow collection, block scalar, alias or tag: let the parser decide
    }
    if (!JUDGED_KEYS.contains(key)) {
      return true; // another key's scalar value cannot hold a judged key
    }
    return switch (key) {
      case "uses" -> {
        if (value.isEmpty()) {
          yield false;
        }
        if (value.startsWith("docker://")) {
          yield !options.scans(Scan.CONTAINERS)
              || ImageReference.check(value.substring(9), Set.of(), options.images()).isEmpty();
        }
        yield !options.scans(Scan.ACTIONS)
            || ActionRefRule.check(value, options.actions()).isEmpty();
      }
      case "container", "services" -> value.isEmpty() || isImageClean(value, options);
      case "image" -> !value.isEmpty() && isImageClean(value, options);
      default ->
          !value.isEmpty()
              && (!options.scans(Scan.TOOLS)
                  || ToolVersionRule.check(key, value, options.tools()).isEmpty());
    };
  }

  private static boolean isKeyChar(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || c == '-'
        || c == '_'
        || c == '.';
  }

  private static boolean isImageClean(String value, ToolPinOptions options) {
    return !options.scans(Scan.CONTAINERS)
        || ImageReference.check(value, Set.of(), options.images()).isEmpty();
  }

  /**
   * The scalar written after a key: unquoted, without a trailing comment; {@code null} when it is
   * anything but a one-line scalar.
   */
  private static String valueOf(String rest) {
    String v = rest.strip();
    if (v.isEmpty()) {
      return "";
    }
    char first = v.charAt(0);
    if (first == '"' || first == '\'') {
      int close = v.indexOf(first, 1);
      if (close < 0 || v.indexOf('\\') >= 0) {
        return null;
      }
      String after = v.substring(close + 1).strip();
      return after.isEmpty() || after.startsWith("#") ? v.substring(1, close) : null;
    }
    if ("{[|>&*!%@`".indexOf(first) >= 0) {
      return null;
    }
    int hash = v.indexOf(" #");
    String plain = (hash >= 0 ? v.substring(0, hash) : v).strip();
    return plain.contains(": ") ? null : plain;
  }
}
