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
    return isCleaned(DefaultIgnores.jsTrim(withoutQuoted(raw)), caseName);
  }

  /**
   * Whether {@code raw} is already in at least one of the named cases: the quoted parts are removed
   * once, and the usual ASCII texts are judged without converting them.
   */
  public static boolean isInAny(String raw, String[] caseNames) {
    String input = DefaultIgnores.jsTrim(withoutQuoted(raw));
    for (String name : caseNames) {
      if (isCleaned(input, name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCleaned(String input, String caseName) {
    int quick = asciiVerdict(input, caseName);
    if (quick >= 0) {
      return quick == 1;
    }
    return byConversion(input, caseName);
  }

  /** The verdict by converting the text and comparing, for a text without quotes, trimmed. */
  static boolean byConversion(String input, String caseName) {
    String converted = convert(input, caseName);
    if (converted == null) {
      return false;
    }
    if (converted.isEmpty() || isAsciiDigit(converted.charAt(0))) {
      return true;
    }
    if (isWordCase(caseName) && changedByDeburr(input)) {
      // commitlint's word cases first drop accents and apostrophes (lodash's deburr): such a text
      // never equals its converted form, so it is not in that case
      return false;
    }
    return converted.equals(input);
  }

  /**
   * The verdict of {@link #isCleaned} without converting the text, where ASCII alone decides it: 1
   * (in the case), 0 (not), or -1 (convert and compare). JavaScript's case mappings change no ASCII
   * character but a letter's case, so an ASCII text is in lower (upper) case when it holds no upper
   * (lower) case letter, and in sentence case when its first character is no lower-case letter; and
   * a text that starts with a lower-case letter converts to one that starts with a capital in start
   * and pascal case. A first digit is in every case, as after conversion.
   */
  private static int asciiVerdict(String input, String caseName) {
    if (input.isEmpty()) {
      return -1;
    }
    char first = input.charAt(0);
    if (first >= 0x80) {
      return -1;
    }
    boolean lowerFirst = first >= 'a' && first <= 'z';
    switch (caseName) {
      case "sentence-case", "sentencecase":
        return isAsciiDigit(first) || !lowerFirst ? 1 : 0;
      case "start-case", "pascal-case":
        return lowerFirst ? 0 : -1;
      case "lower-case", "lowercase":
        return isAsciiDigit(first) ? 1 : asciiWithout(input, 'A', 'Z');
      case "upper-case", "uppercase":
        return isAsciiDigit(first) ? 1 : asciiWithout(input, 'a', 'z');
      default:
        return -1;
    }
  }

  /** 1 when the text is ASCII without a character in {@code [from, to]}, 0 when it has one. */
  private static int asciiWithout(String s, char from, char to) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return -1;
      }
      if (c >= from && c <= to) {
        return 0;
      }
    }
    return 1;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordCase(String caseName) {
    return switch (caseName) {
      case "start-case", "camel-case", "pascal-case", "kebab-case", "snake-case" -> true;
      default -> false;
    };
  }

  /**
   * Whether lodash's {@code deburr} and apostrophe removal change the text: Latin-1 Supplement and
   * Latin Extended-A letters (U+00C0–U+017F but × and ÷), combining marks, {@code '} and {@code ’}.
   */
  static boolean changedByDeburr(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7)
          || (c >= 0x300 && c <= 0x36F)
          || (c >= 0x20D0 && c <= 0x20FF)
          || (c >= 0xFE20 && c <= 0xFE2F)
          || c == '\''
          || c == '\u2019') {
        return true;
      }
    }
    return false;
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

  /**
   * JavaScript's {@code s[0].toUpperCase() + s.slice(1)}: the first UTF-16 unit upper-cased as a
   * string ({@code ß} becomes {@code SS}; a lone surrogate stays).
   */
  static String upperFirst(String s) {
    if (s.isEmpty()) {
      return s;
    }
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
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
    if (s.indexOf('`') < 0 && s.indexOf('"') < 0 && s.indexOf('\'') < 0) {
      return s;
    }
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
