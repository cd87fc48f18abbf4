package dev.tollgate.core.tools;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How precisely a runtime version string (a JDK or Node version, a toolchain requirement) names one
 * version. Pure: classifies the text only.
 */
final class VersionText {

  /** How precise a version is. */
  enum Precision {
    /** Names no version or any future one: {@code latest}, {@code lts/*}, {@code [17,)}. */
    FLOATING,
    /**
     * A release line: {@code 17}, {@code 20.x}, {@code 3.12}, {@code lts/iron}, {@code [17,18)}.
     */
    LINE,
    /** One exact version: {@code 17.0.2}, {@code 20.11.0}, {@code 21.0.2-tem}. */
    EXACT,
    /** An expression that is only known when the build runs: {@code ${{ matrix.java }}}. */
    UNKNOWN
  }

  private static final Set<String> FLOATING_WORDS =
      Set.of(
          "",
          "latest",
          "lts",
          "lts/*",
          "node",
          "stable",
          "current",
          "system",
          "*",
          "x",
          "newest",
          "ga",
          "early_access",
          "ea");

  private static final Pattern NUMBERS = Pattern.compile("(\\d+)((?:\\.(?:\\d+|x|\\*))*)");
  private static final Pattern RANGE =
      Pattern.compile("^[\\[(]\\s*([^,]*?)\\s*,\\s*([^)\\]]*?)\\s*[)\\]]$");

  private VersionText() {}

  /** The precision of {@code text}, read as a tool version. */
  static Precision classify(String text) {
    String v = text.strip().toLowerCase(Locale.ROOT);
    if (v.contains("${") || v.contains("$(") || v.startsWith("$")) {
      return Precision.UNKNOWN;
    }
    if (FLOATING_WORDS.contains(v) || v.startsWith("latest")) {
      return Precision.FLOATING;
    }
    if (v.startsWith("lts/")) {
      return Precision.LINE; // a named LTS line such as lts/iron
    }
    if (v.startsWith(">")
        || v.startsWith("^")
        || v.startsWith("~")
        || v.endsWith("+")
        || v.contains("||")
        || v.contains(" - ")) {
      return Precision.FLOATING;
    }
    Matcher range = RANGE.matcher(v);
    if (range.matches()) {
      return rangePrecision(range.group(1), range.group(2), v.endsWith("]"));
    }
    if (v.startsWith("[") && v.endsWith("]")) {
      return classify(v.substring(1, v.length() - 1)); // [17.0.2] is one version
    }
    Matcher m = NUMBERS.matcher(v);
    if (!m.find()) {
      return Precision.FLOATING; // a word that names no version, such as a branch
    }
    String rest = m.group(2);
    if (rest.contains("x") || rest.contains("*")) {
      return Precision.LINE;
    }
    int parts = rest.isEmpty() ? 1 : rest.split("\\.", -1).length;
    return parts >= 3 ? Precision.EXACT : Precision.LINE;
  }

  /** A range: open above floats; a bound within one major is a line; [a,a] is exact. */
  private static Precision rangePrecision(String low, String high, boolean closedHigh) {
    if (high.isEmpty()) {
      return Precision.FLOATING;
    }
    if (low.equals(high) && closedHigh) {
      return classify(low);
    }
    return Precision.LINE;
  }

  /** Whether {@code text} is an open-ended requirement: a plain minimum or a range open above. */
  static boolean isOpenMinimum(String text) {
    String v = text.strip();
    Matcher range = RANGE.matcher(v);
    if (range.matches()) {
      return range.group(2).isEmpty();
    }
    return !v.startsWith("[") && !v.startsWith("(");
  }
}
