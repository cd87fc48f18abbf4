package dev.tollgate.core.tools;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.tools.ToolPinOptions.ImagePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * The {@code image:} of every service of a compose file. A service that also has {@code build:} is
 * skipped: its {@code image:} names what the build produces, not what is pulled.
 */
final class ComposeScanner {

  private ComposeScanner() {}

  /** The findings of one compose file. */
  static List<Finding> scan(String path, String text, ImagePolicy policy) {
    List<Finding> findings = new ArrayList<>();
    for (Node root : YamlTree.parse(text)) {
      for (NodeTuple service :
          YamlTree.get(root, "services").map(YamlTree::entries).orElse(List.of())) {
        Node body = service.getValueNode();
        if (YamlTree.get(body, "build").isPresent()) {
          continue;
        }
        YamlTree.scalar(body, "image")
            .ifPresent(
                image ->
                    ImageReference.check(image.getValue(), Set.of(), policy)
                        .ifPresent(
                            p ->
                                findings.add(
                                    p.at(path, YamlTree.line(image), YamlTree.column(image)))));
      }
    }
    return findings;
  }
}
