package dev.tollgate.core.tools;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.tools.ToolPinOptions.ActionPolicy;
import dev.tollgate.core.tools.ToolPinOptions.Scan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * GitHub Actions workflows ({@code .github/workflows/*.yml}) and composite or container actions
 * ({@code action.yml}): every {@code uses:} of a step or a reusable-workflow job, {@code docker://}
 * steps, job {@code container:} and {@code services:} images, and the versions given to {@code
 * actions/setup-java} and {@code actions/setup-node}.
 */
final class WorkflowScanner {

  private static final Set<String> SETUP_INPUTS = Set.of("java-version", "node-version");

  /**
   * One {@code uses:} value as written.
   *
   * @param node the scalar
   * @param value the action reference without surrounding whitespace
   */
  record ActionUse(ScalarNode node, String value) {

    /** Whether the scalar is on one line with no block indicator (the fixer edits only these). */
    boolean singleLine() {
      ScalarStyle style = node.getScalarStyle();
      return style != ScalarStyle.LITERAL && style != ScalarStyle.FOLDED && !value.contains("\n");
    }
  }

  private WorkflowScanner() {}

  /** The findings of one workflow or action file. */
  static List<Finding> scan(String path, String text, ToolPinOptions options) {
    if (WorkflowLines.provablyClean(text, options)) {
      return List.of(); // nothing to report: no need to build the tree
    }
    return scanTree(path, text, options);
  }

  /** The findings of one workflow or action file, from its YAML tree. */
  static List<Finding> scanTree(String path, String text, ToolPinOptions options) {
    List<Finding> findings = new ArrayList<>();
    for (Node root : YamlTree.parse(text)) {
      for (Node job : jobs(root)) {
        YamlTree.scalar(job, "uses")
            .ifPresent(u -> uses(path, u, options).ifPresent(findings::add));
        if (options.scans(Scan.CONTAINERS)) {
          YamlTree.get(job, "container").ifPresent(c -> image(path, c, options, findings));
          YamlTree.get(job, "services")
              .ifPresent(
                  s ->
                      YamlTree.entries(s)
                          .forEach(e -> image(path, e.getValueNode(), options, findings)));
        }
      }
      for (Node step : steps(root)) {
        Optional<ScalarNode> uses = YamlTree.scalar(step, "uses");
        if (uses.isEmpty()) {
          continue;
        }
        uses(path, uses.get(), options).ifPresent(findings::add);
        if (options.scans(Scan.TOOLS)) {
          setupInputs(path, uses.get().getValue().strip(), step, options, findings);
        }
      }
      YamlTree.get(root, "runs")
          .flatMap(r -> YamlTree.scalar(r, "image"))
          .filter(i -> i.getValue().strip().startsWith("docker://"))
          .filter(i -> options.scans(Scan.CONTAINERS))
          .ifPresent(i -> dockerImage(path, i, options, findings));
    }
    return findings;
  }

  /** Every {@code uses:} of the file, for the fixer. */
  static List<ActionUse> uses(String text) {
    List<ActionUse> all = new ArrayList<>();
    for (Node root : YamlTree.parse(text)) {
      for (Node job : jobs(root)) {
        YamlTree.scalar(job, "uses")
            .ifPresent(u -> all.add(new ActionUse(u, u.getValue().strip())));
      }
      for (Node step : steps(root)) {
        YamlTree.scalar(step, "uses")
            .ifPresent(u -> all.add(new ActionUse(u, u.getValue().strip())));
      }
    }
    return all;
  }

  private static List<Node> jobs(Node root) {
    return YamlTree.get(root, "jobs")
        .map(j -> YamlTree.entries(j).stream().map(NodeTuple::getValueNode).toList())
        .orElse(List.of());
  }

  private static List<Node> steps(Node root) {
    List<Node> steps = new ArrayList<>();
    for (Node job : jobs(root)) {
      YamlTree.get(job, "steps").ifPresent(s -> steps.addAll(YamlTree.items(s)));
    }
    YamlTree.get(root, "runs")
        .flatMap(r -> YamlTree.get(r, "steps"))
        .ifPresent(s -> steps.addAll(YamlTree.items(s)));
    return steps;
  }

  private static Optional<Finding> uses(String path, ScalarNode node, ToolPinOptions options) {
    String value = node.getValue().strip();
    if (value.startsWith("docker://")) {
      if (!options.scans(Scan.CONTAINERS)) {
        return Optional.empty();
      }
      List<Finding> one = new ArrayList<>();
      dockerImage(path, node, options, one);
      return one.stream().findFirst();
    }
    if (!options.scans(Scan.ACTIONS) || options.actions() == ActionPolicy.OFF) {
      return Optional.empty();
    }
    return ActionRefRule.check(value, options.actions())
        .map(p -> p.at(path, YamlTree.line(node), YamlTree.column(node)));
  }

  private static void image(String path, Node node, ToolPinOptions options, List<Finding> out) {
    Node image = node instanceof ScalarNode ? node : YamlTree.get(node, "image").orElse(null);
    if (image instanceof ScalarNode s) {
      ImageReference.check(s.getValue(), Set.of(), options.images())
          .ifPresent(p -> out.add(p.at(path, YamlTree.line(s), YamlTree.column(s))));
    }
  }

  private static void dockerImage(
      String path, ScalarNode node, ToolPinOptions options, List<Finding> out) {
    String image = node.getValue().strip().substring("docker://".length());
    ImageReference.check(image, Set.of(), options.images())
        .ifPresent(p -> out.add(p.at(path, YamlTree.line(node), YamlTree.column(node))));
  }

  private static void setupInputs(
      String path, String uses, Node step, ToolPinOptions options, List<Finding> out) {
    String action = uses.contains("@") ? uses.substring(0, uses.indexOf('@')) : uses;
    if (!action.equals("actions/setup-java") && !action.equals("actions/setup-node")) {
      return;
    }
    Node with = YamlTree.get(step, "with").orElse(null);
    if (with == null) {
      return;
    }
    for (NodeTuple input : YamlTree.entries(with)) {
      if (!(input.getKeyNode() instanceof ScalarNode key)
          || !SETUP_INPUTS.contains(key.getValue())
          || !(input.getValueNode() instanceof ScalarNode value)) {
        continue;
      }
      boolean block =
          value.getScalarStyle() == ScalarStyle.LITERAL
              || value.getScalarStyle() == ScalarStyle.FOLDED;
      String[] lines = value.getValue().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        int line = YamlTree.line(value) + (block ? i + 1 : i);
        ToolVersionRule.check(action + " " + key.getValue(), lines[i], options.tools())
            .ifPresent(p -> out.add(p.at(path, line, YamlTree.column(value))));
      }
    }
  }
}
