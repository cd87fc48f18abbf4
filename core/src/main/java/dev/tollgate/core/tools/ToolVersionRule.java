package dev.tollgate.core.tools;

import dev.tollgate.core.report.Severity;
import dev.tollgate.core.tools.ToolPinOptions.ToolPolicy;
import dev.tollgate.core.tools.VersionText.Precision;
import java.util.Optional;

/** The one rule for runtime versions (JDK, Node, …) wherever they are written. */
final class ToolVersionRule {

  /** The rule id of every runtime version finding. */
  static final String RULE = "unpinned-tool";

  private ToolVersionRule() {}

  /**
   * What is wrong with {@code version} of {@code what}, if anything.
   *
   * @param what names the setting, e.g. {@code java-version} or {@code .nvmrc}
   */
  static Optional<Problem> check(String what, String version, ToolPolicy policy) {
    String v = version.strip();
    Precision precision = VersionText.classify(v);
    return switch (precision) {
      case FLOATING ->
          Optional.of(
              new Problem(
                  RULE,
                  Severity.ERROR,
                  what + " '" + v + "' names no fixed version: each run may get another, newer one",
                  "write one exact version (e.g. 21.0.5), or at least a release line (21)"));
      case LINE ->
          policy == ToolPolicy.EXACT
              ? Optional.of(
                  new Problem(
                      RULE,
                      Severity.ERROR,
                      what + " '" + v + "' is a release line, not one exact version",
                      "write the exact version the build is tested with (e.g. "
                          + v.replace(".x", "")
                          + ".0.1), or set tollgate.pins.tools=major"))
              : Optional.empty();
      case EXACT, UNKNOWN -> Optional.empty();
    };
  }
}
