package dev.tollgate.core.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The line read that skips the YAML tree never hides a finding the tree scan would make. */
class WorkflowScannerTest {

  private static final String SHA = "3d3c42e5aac5ba805825da76410c181273ba90b1";

  private static final List<String> WORKFLOWS =
      List.of(
          // pinned: the line read proves it clean
          "jobs:\n  a:\n    container: eclipse-temurin:21.0.5_11-jdk\n    services:\n"
              + "      db:\n        image: postgres:16.4\n    steps:\n"
              + "      - uses: actions/checkout@"
              + SHA
              + " # v7.0.1\n"
              + "      - 'uses': \"actions/setup-java@"
              + SHA
              + "\"\n        with:\n          java-version: ${{ matrix.java }}\n"
              + "          java-version-file: .java-version\n      - uses: ./local\n"
              + "      - name: Build the image\n        run: ./mvnw -B verify\n",
          // failing values
          "jobs: {a: {steps: [{uses: actions/checkout@main}]}}\n",
          "jobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n",
          "jobs:\n  a:\n    steps:\n      - uses:\n          actions/checkout@v4\n",
          "jobs:\n  a:\n    steps:\n      - uses: |\n          actions/checkout@v4\n",
          "jobs:\n  a:\n    container: maven\n",
          "jobs:\n  a:\n    services:\n      db: {image: postgres}\n",
          "jobs:\n  a:\n    steps:\n      - uses: docker://alpine\n",
          "jobs:\n  a:\n    steps:\n      - uses: actions/setup-node@"
              + SHA
              + "\n        with:\n          node-version: lts/*\n",
          "jobs:\n  a:\n    steps:\n      - uses: actions/setup-java@"
              + SHA
              + "\n        with: {java-version: latest}\n",
          "x: &step\n  uses: actions/checkout@v4\njobs:\n  a:\n    steps:\n      - *step\n",
          // text that only looks like a key: the tree decides
          "jobs:\n  a:\n    steps:\n      - run: |\n          echo uses: a/b@main\n"
              + "          docker run image: x\n",
          "runs:\n  using: docker\n  image: Dockerfile\n");

  @Test
  void theLineReadNeverHidesAFinding() {
    for (Map<String, String> settings :
        List.of(
            Map.<String, String>of(),
            Map.of("tollgate.pins.actions", "tag"),
            Map.of("tollgate.pins.images", "digest", "tollgate.pins.tools", "exact"),
            Map.of("tollgate.pins.scan", "actions"))) {
      ToolPinOptions options = ToolPinOptions.from(Settings.of(settings));
      for (String text : WORKFLOWS) {
        if (WorkflowLines.provablyClean(text, options)) {
          assertThat(WorkflowScanner.scanTree("w.yml", text, options))
              .as("%s with %s", text, settings)
              .isEmpty();
        }
      }
    }
  }

  @Test
  void pinnedWorkflowsAreProvenCleanWithoutTheTree() {
    assertThat(WorkflowLines.provablyClean(WORKFLOWS.get(0), ToolPinOptions.defaults())).isTrue();
    assertThat(WorkflowScanner.scanTree("w.yml", WORKFLOWS.get(0), ToolPinOptions.defaults()))
        .isEmpty();
    for (String failing : WORKFLOWS.subList(1, 11)) {
      assertThat(WorkflowLines.provablyClean(failing, ToolPinOptions.defaults()))
          .as(failing)
          .isFalse();
      assertThat(WorkflowScanner.scanTree("w.yml", failing, ToolPinOptions.defaults()))
          .as(failing)
          .isNotEmpty();
    }
  }

  @Test
  void theHookLineReadCountsRevisions() {
    String pinned =
        "repos:\n  - repo: https://x/a\n    rev: v1.2.3\n  - repo: local\n    hooks: []\n";
    assertThat(HookRevRule.provablyClean(pinned)).isTrue();
    assertThat(PreCommitScanner.scan("p.yaml", pinned)).isEmpty();
    String missing = pinned + "  - repo: https://x/b\n    hooks: []\n";
    assertThat(HookRevRule.provablyClean(missing)).isFalse();
    assertThat(PreCommitScanner.scan("p.yaml", missing)).hasSize(1);
    String branch = "repos:\n  - {repo: https://x/a, rev: main}\n";
    assertThat(HookRevRule.provablyClean(branch)).isFalse();
    assertThat(PreCommitScanner.scan("p.yaml", branch)).hasSize(1);
  }
}
