package dev.tollgate.core.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * YAML read as a node tree that keeps each value's line and column (SnakeYAML Engine's composer: no
 * objects are built, no tags resolved), with the few lookups the scanners need.
 */
final class YamlTree {

  private static final LoadSettings SETTINGS =
      LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();

  private YamlTree() {}

  /**
   * The documents of {@code text}.
   *
   * @throws MalformedFile at the line and column of the syntax error
   */
  static List<Node> parse(String text) {
    try {
      List<Node> documents = new ArrayList<>();
      for (Node node : new Compose(SETTINGS).composeAllFromString(text)) {
        if (node != null) {
          documents.add(node);
        }
      }
      return documents;
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      throw new MalformedFile(
          "YAML " + problem.strip(),
          mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1);
    } catch (YamlEngineException e) {
      throw new MalformedFile("YAML " + e.getMessage(), 0, 0);
    }
  }

  /**
   * The value under {@code key} of a mapping; empty when it is not a mapping or has no such key.
   */
  static Optional<Node> get(Node map, String key) {
    for (NodeTuple t : entries(map)) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return Optional.of(t.getValueNode());
      }
    }
    return Optional.empty();
  }

  /** The entries of a mapping; empty for anything else. */
  static List<NodeTuple> entries(Node map) {
    return map instanceof MappingNode m ? m.getValue() : List.of();
  }

  /** The items of a sequence; empty for anything else. */
  static List<Node> items(Node seq) {
    return seq instanceof SequenceNode s ? s.getValue() : List.of();
  }

  /** The text of a scalar; empty for anything else. */
  static Optional<String> text(Node node) {
    return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
  }

  /** The scalar under {@code key}, if there is one. */
  static Optional<ScalarNode> scalar(Node map, String key) {
    return get(map, key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
  }

  /** The 1-based line of a node. */
  static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  /** The 1-based column of a node. */
  static int column(Node node) {
    return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
  }
}
