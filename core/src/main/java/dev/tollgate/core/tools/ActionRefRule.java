package dev.tollgate.core.tools;

import dev.tollgate.core.report.Severity;
import dev.tollgate.core.tools.ToolPinOptions.ActionPolicy;
import java.util.Optional;
import java.util.regex.Pattern;

/** The one rule for a GitHub Action reference ({@code owner/repo[/path]@ref}). */
final class ActionRefRule {

  /** The rule id of an action that is not pinned as the policy asks. */
  static final String RULE = "unpinned-action";

  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern SHORT_SHA = Pattern.compile("[0-9a-f]{7,39}");
  private static final Pattern EXACT_TAG = Pattern.compile("v?\\d+\\.\\d+\\.\\d+([-+.].*)?");

  private ActionRefRule() {}

  /** What is wrong with the action reference {@code value} under {@code policy}, if anything. */
  static Optional<Problem> check(String value, ActionPolicy policy) {
    if (value.startsWith("./")
        || value.startsWith(".\\")
        || value.equals(".")
        || ImageReference.isExpression(value)
        || policy == ActionPolicy.OFF) {
      return Optional.empty(); // a local action comes with the commit that runs it
    }
    int at = value.lastIndexOf('@');
    String action = at < 0 ? value : value.substring(0, at);
    String ref = at < 0 ? "" : value.substring(at + 1);
    String suggestion = action + "@<40-hex commit> # v1.2.3";
    String fix =
        "pin the full commit SHA with the release as a comment, "
            + suggestion
            + "; mvn quality:pins-fix -Dtollgate.pins.scan=actions writes it";
    if (ref.isEmpty()) {
      return Optional.of(
          new Problem(RULE, Severity.ERROR, "action " + value + " names no version", fix));
    }
    if (SHA.matcher(ref).matches()) {
      return Optional.empty();
    }
    if (policy == ActionPolicy.TAG) {
      if (EXACT_TAG.matcher(ref).matches()) {
        return Optional.empty();
      }
      return Optional.of(
          new Problem(
              RULE,
              Severity.ERROR,
              "action " + value + " is pinned to " + describe(ref) + ", not to an exact vX.Y.Z tag",
              "pin an exact release tag such as " + action + "@v1.2.3, or " + suggestion));
    }
    return Optional.of(
        new Problem(
            RULE,
            Severity.ERROR,
            "action " + value + " is pinned to " + describe(ref) + ", not to a full commit SHA",
            fix));
  }

  private static String describe(String ref) {
    if (SHORT_SHA.matcher(ref).matches()) {
      return "the abbreviated commit " + ref + ", which can become ambiguous";
    }
    if (EXACT_TAG.matcher(ref).matches()) {
      return "the tag " + ref + ", which its owner can move";
    }
    if (ref.matches("v?\\d+(\\.\\d+)?")) {
      return "the release line " + ref + ", which moves with every release";
    }
    return "the branch or tag " + ref + ", which moves";
  }
}
