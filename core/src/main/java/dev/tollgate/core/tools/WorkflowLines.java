package dev.tollgate.core.tools;

import dev.tollgate.core.tools.ToolPinOptions.Scan;
import java.util.Set;

/**
 * The line read of a workflow or action that proves it has nothing to report without building its
 * YAML tree (see {@link YamlLines}). A syntax error in a file proven clean is left to {@code
 * quality:files}.
 */
final class WorkflowLines {

  private static final Set<String> JUDGED_KEYS =
      Set.of("uses", "image", "container", "services", "java-version", "node-version");

  private WorkflowLines() {}

  /** Whether a line read proves the workflow has nothing to report under {@code options}. */
  static boolean provablyClean(String text, ToolPinOptions options) {
    return YamlLines.provablyClean(text, JUDGED_KEYS, (key, value) -> passes(key, value, options));
  }

  private static boolean passes(String key, String value, ToolPinOptions options) {
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

  private static boolean isImageClean(String value, ToolPinOptions options) {
    return !options.scans(Scan.CONTAINERS)
        || ImageReference.check(value, Set.of(), options.images()).isEmpty();
  }
}
