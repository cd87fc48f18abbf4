package dev.tollgate.core.tools;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The {@code rev:} of every remote repository in {@code .pre-commit-config.yaml}: a tag or a commit
 * SHA passes; a branch name is an error. {@code repo: local} and {@code repo: meta} have no rev.
 */
final class PreCommitScanner {

  /** The rule id of a hook repository that is not pinned. */
  static final String RULE = "unpinned-hook";

  private static final Set<String> BRANCHES =
      Set.of(
          "master",
          "main",
          "head",
          "develop",
          "development",
          "dev",
          "trunk",
          "stable",
          "latest",
          "nightly",
          "release",
          "default",
          "next",
          "canary");

  private PreCommitScanner() {}

  /** The findings of one pre-commit configuration. */
  static List<Finding> scan(String path, String text) {
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
                      RULE,
                      Severity.ERROR,
                      "hook repository " + name + " has no rev: pre-commit refuses it",
                      "add rev: <tag or commit SHA> (pre-commit autoupdate --freeze writes a SHA)")
                  .at(path, YamlTree.line(url.get()), YamlTree.column(url.get())));
          continue;
        }
        check(name, rev.get().getValue().strip())
            .ifPresent(
                p ->
                    findings.add(p.at(path, YamlTree.line(rev.get()), YamlTree.column(rev.get()))));
      }
    }
    return findings;
  }

  /** What is wrong with {@code rev} of the hook repository {@code repo}, if anything. */
  static Optional<Problem> check(String repo, String rev) {
    String fix =
        "pin a release tag or a commit: pre-commit autoupdate --repo "
            + repo
            + " (add --freeze for a SHA)";
    if (BRANCHES.contains(rev.toLowerCase(Locale.ROOT)) || rev.isEmpty()) {
      return Optional.of(
          new Problem(
              RULE,
              Severity.ERROR,
              "hook repository " + repo + " is pinned to the branch '" + rev + "', which moves",
              fix));
    }
    if (rev.chars().anyMatch(Character::isDigit)) {
      return Optional.empty(); // a tag (v1.2.3, 23.1.0) or a commit SHA
    }
    return Optional.of(
        new Problem(
            RULE,
            Severity.WARN,
            "hook repository " + repo + " rev '" + rev + "' looks like a branch, not a tag or SHA",
            fix));
  }
}
