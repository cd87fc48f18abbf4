package dev.tollgate.core.tools;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The {@code rev:} of every remote repository in {@code .pre-commit-config.yaml}: a tag or a commit
 * SHA passes; a branch name is an error. {@code repo: local} and {@code repo: meta} have no rev.
 */
final class PreCommitScanner {

  private PreCommitScanner() {}

  /** The findings of one pre-commit configuration. */
  static List<Finding> scan(String path, String text) {
    if (HookRevRule.provablyClean(text)) {
      return List.of(); // every repo has a rev that passes: no need to build the tree
    }
    List<Finding> findings = new ArrayList<>();
    for (Node root : YamlTree.parse(text)) {
      for (Node repo : YamlTree.get(root, "repos").map(YamlTree::items).orElse(List.of())) {
        Optional<ScalarNode> url = YamlTree.scalar(repo, "repo");
        if (url.isEmpty()) {
          continue;
        }
        String name = url.get().getValue().strip();
        if (name.equals("local") || name.equals("meta")) {
          continue;
        }
        Optional<ScalarNode> rev = YamlTree.scalar(repo, "rev");
        if (rev.isEmpty()) {
          findings.add(
              new Problem(
                      HookRevRule.RULE,
                      Severity.ERROR,
                      "hook repository " + name + " has no rev: pre-commit refuses it",
                      "add rev: <tag or commit SHA> (pre-commit autoupdate --freeze writes a SHA)")
                  .at(path, YamlTree.line(url.get()), YamlTree.column(url.get())));
          continue;
        }
        HookRevRule.check(name, rev.get().getValue().strip())
            .ifPresent(
                p ->
                    findings.add(p.at(path, YamlTree.line(rev.get()), YamlTree.column(rev.get()))));
      }
    }
    return findings;
  }
}
