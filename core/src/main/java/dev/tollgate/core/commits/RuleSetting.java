package dev.tollgate.core.commits;

import java.util.Locale;
import java.util.Objects;

/**
 * How one rule is configured, as in commitlint: a level, a condition and a value.
 *
 * <p>Written as {@code level[:always|never][:value]}, e.g. {@code error:72}, {@code warn}, {@code
 * error:never:sentence-case,upper-case}, {@code off}. Parts left out keep the rule's defaults.
 *
 * @param level off, warn or error
 * @param never whether the rule's statement must <em>not</em> hold (commitlint's {@code never})
 * @param value the rule's value as text (a number, a comma-separated list or a pattern); empty when
 *     the rule takes none
 */
public record RuleSetting(RuleLevel level, boolean never, String value) {

  public RuleSetting {
    Objects.requireNonNull(level, "level");
    value = value == null ? "" : value;
  }

  /** A setting at a level, with the "always" condition. */
  public static RuleSetting always(RuleLevel level, String value) {
    return new RuleSetting(level, false, value);
  }

  /** A setting at a level, with the "never" condition. */
  public static RuleSetting never(RuleLevel level, String value) {
    return new RuleSetting(level, true, value);
  }

  /** The same setting at another level. */
  public RuleSetting withLevel(RuleLevel other) {
    return new RuleSetting(other, never, value);
  }

  /**
   * Parses {@code level[:always|never][:value]}; what is left out comes from {@code defaults}.
   *
   * @throws IllegalArgumentException when the level is unknown
   */
  public static RuleSetting parse(String text, RuleSetting defaults) {
    String rest = text == null ? "" : text.strip();
    int colon = rest.indexOf(':');
    RuleLevel level = RuleLevel.parse(colon < 0 ? rest : rest.substring(0, colon));
    if (colon < 0) {
      return new RuleSetting(level, defaults.never(), defaults.value());
    }
    rest = rest.substring(colon + 1);
    boolean never = defaults.never();
    int next = rest.indexOf(':');
    String head = (next < 0 ? rest : rest.substring(0, next)).strip().toLowerCase(Locale.ROOT);
    if (head.equals("always") || head.equals("never")) {
      never = head.equals("never");
      rest = next < 0 ? null : rest.substring(next + 1);
    }
    return new RuleSetting(level, never, rest == null ? defaults.value() : rest.strip());
  }

  /** The setting as it is written: {@code error:never:.}. */
  @Override
  public String toString() {
    String text = level.name().toLowerCase(Locale.ROOT) + ":" + (never ? "never" : "always");
    return value.isEmpty() ? text : text + ":" + value;
  }
}
