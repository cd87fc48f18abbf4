package dev.tollgate.core.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.testing.TestRepository;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitRangeCheckTest {

  @TempDir Path tmp;

  private CommitRangeCheck.Result run(Path dir, String from, int max) {
    return CommitRangeCheck.run(
        new CommitRangeCheck.Request(
            dir, from, null, "v${version}", max, CommitLintConfig.conventional()),
        Map.of());
  }

  @Test
  void findsBadCommitsAndSkipsIgnoredOnes() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: initial commit");
    f.git("tag", "v1.0.0");
    f.commit("feat: good");
    String bad = f.commit("update stuff");
    f.commit("fixup! feat: good");
    f.commit("Revert \"feat: good\"\n\nThis reverts commit 1234.");
    f.commit("chore(release): v1.1.0");
    CommitRangeCheck.Result r = run(f.dir(), null, 100);
    assertThat(r.checked()).isEqualTo(2);
    assertThat(r.ignored()).isEqualTo(3);
    assertThat(r.report().findings()).hasSize(1);
    Finding finding = r.report().findings().get(0);
    assertThat(finding.ruleId()).isEqualTo("type-empty");
    assertThat(finding.location().display()).isEqualTo("commit " + bad.substring(0, 7));
    assertThat(r.notes().get(0)).startsWith("Commits since release tag v1.0.0");
  }

  @Test
  void emptyRangePassesWithANote() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: initial commit");
    f.git("tag", "v1.0.0");
    CommitRangeCheck.Result r = run(f.dir(), null, 100);
    assertThat(r.report().findings()).isEmpty();
    assertThat(r.notes()).anyMatch(n -> n.startsWith("No commits in the range"));
  }

  @Test
  void maxCommitsGuardsUnboundedHistory() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "bad initial commit");
    for (int i = 0; i < 4; i++) {
      f.commit("feat: change " + i);
    }
    CommitRangeCheck.Result r = run(f.dir(), null, 3);
    assertThat(r.checked()).isEqualTo(3);
    assertThat(r.report().findings()).isEmpty();
    assertThat(r.notes()).anyMatch(n -> n.contains("tollgate.commits.maxCommits"));
    assertThat(run(f.dir(), null, 0).report().findings()).hasSize(1);
  }
}
