package dev.tollgate.core.tools;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.tools.ToolPinOptions.ImagePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The images of {@code .gitlab-ci.yml}: {@code image:} and {@code services:} at the top, under
 * {@code default:} and in every job (hidden {@code .template} jobs too), in the string form and the
 * map form ({@code name:}).
 */
final class GitLabCiScanner {

  /** Top-level keys that are not jobs (an {@code image} key under them is something else). */
  private static final Set<String> NOT_JOBS =
      Set.of("image", "services", "variables", "include", "stages", "workflow", "cache", "spec");

  private GitLabCiScanner() {}

  /** The findings of one GitLab CI file. */
  static List<Finding> scan(String path, String text, ImagePolicy policy) {
    List<Finding> findings = new ArrayList<>();
    for (Node root : YamlTree.parse(text)) {
      images(path, root, policy, findings);
      for (NodeTuple entry : YamlTree.entries(root)) {
        if (entry.getKeyNode() instanceof ScalarNode key && !NOT_JOBS.contains(key.getValue())) {
          images(path, entry.getValueNode(), policy, findings);
        }
      }
    }
    return findings;
  }

  private static void images(String path, Node job, ImagePolicy policy, List<Finding> out) {
    YamlTree.get(job, "image").ifPresent(i -> image(path, i, policy, out));
    YamlTree.get(job, "services")
        .ifPresent(s -> YamlTree.items(s).forEach(i -> image(path, i, policy, out)));
  }

  private static void image(String path, Node node, ImagePolicy policy, List<Finding> out) {
    Node name = node instanceof ScalarNode ? node : YamlTree.get(node, "name").orElse(null);
    if (name instanceof ScalarNode s) {
      ImageReference.check(s.getValue(), Set.of(), policy)
          .ifPresent(p -> out.add(p.at(path, YamlTree.line(s), YamlTree.column(s))));
    }
  }
}
