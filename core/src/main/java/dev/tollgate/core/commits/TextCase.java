package dev.tollgate.core.commits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Letter cases as commitlint names them ({@code lower-case}, {@code sentence-case}, {@code
 * start-case}, …) and its test "is this text already in that case": the text is converted and
 * compared with itself, after quoted parts ({@code `x`}, {@code "x"}, {@code 'x'}) are removed.
 */
public final class TextCase {

  /** Every case name accepted in rule values. */
  public static final Set<String> NAMES =
      Set.of(
          "lower-case",
          "lowercase",
          "upper-case",
          "uppercase",
          "sentence-case",
          "sentencecase",
          "start-case",
          "pascal-case",
          "camel-case",
          "kebab-case",
          "snake-case");

  private TextCase() {}

  /** Whether {@code raw} is already in the named case; unknown names never match. */
  public static boolean is(String raw, String caseName) {
    String input = withoutQuoted(raw).strip();
    String converted = convert(input, caseName);
    if (converted == null) {
      return false;
    }
    if (converted.isEmpty() || Character.isDigit(converted.charAt(0))) {
      return true;
    }
    return converted.equals(input);
  }

  /** Converts text to the named case, or {@code null} for an unknown name. */
  static String convert(String input, String caseName) {
    return switch (caseName) {
      case "lower-case", "lowercase" -> input.toLowerCase(Locale.ROOT);
      case "upper-case", "uppercase" -> input.toUpperCase(Locale.ROOT);
      case "sentence-case", "sentencecase" -> upperFirst(input);
      case "start-case" -> join(words(input), " ", false, true);
      case "camel-case" -> camel(input);
      case "pascal-case" -> upperFirst(camel(input));
      case "kebab-case" -> join(words(input), "-", true, false);
      case "snake-case" -> join(words(input), "_", true, false);
      default -> null;
    };
  }

  private static String camel(String input) {
    List<String> words = words(input);
    StringBuilder out = new StringBuilder(input.length());
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).toLowerCase(Locale.ROOT);
      out.append(i == 0 ? w : upperFirst(w));
    }
    return out.toString();
  }

  private static String join(List<String> words, String separator, boolean lower, boolean upper) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      String w = words.get(i);
      out.append(lower ? w.toLowerCase(Locale.ROOT) : upper ? upperFirst(w) : w);
    }
    return out.toString();
  }

  static String upperFirst(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    int upper = Character.toUpperCase(first);
    return upper == first
        ? s
        : new StringBuilder()
            .appendCodePoint(upper)
            .append(s, Character.charCount(first), s.length())
            .toString();
  }

  /**
   * Splits text into words: runs of letters and digits, broken where lower case turns upper ({@code
   * fooBar}), before the last capital of an upper-case run followed by lower case ({@code
   * XMLParser}) and between letters and digits.
   */
  static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    int n = s.length();
    int start = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (start >= 0) {
          words.add(s.substring(start, i));
          start = -1;
        }
        continue;
      }
      if (start >= 0 && i > start) {
        char p = s.charAt(i - 1);
        boolean split =
            (Character.isLowerCase(p) && Character.isUpperCase(c))
                || (Character.isDigit(p) != Character.isDigit(c))
                || (Character.isUpperCase(p)
                    && Character.isUpperCase(c)
                    && i + 1 < n
                    && Character.isLowerCase(s.charAt(i + 1)));
        if (split) {
          words.add(s.substring(start, i));
          start = i;
        }
      }
      if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      words.add(s.substring(start));
    }
    return words;
  }

  /** Removes {@code `…`}, {@code "…"} and {@code '…'} spans (shortest match, left to right). */
  static String withoutQuoted(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '`' || c == '"' || c == '\'') {
        int close = s.indexOf(c, i + 1);
        int newline = s.indexOf('\n', i + 1);
        if (close > 0 && (newline < 0 || close < newline)) {
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
