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
  void sinceLeavesLegacyHistoryOut() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "legacy free-form message");
    f.commit("another old one");
    f.git("tag", "adopted");
    f.commit("feat: new rules apply");
    String bad = f.commit("wip");
    CommitRangeCheck.Result byRef =
        CommitRangeCheck.run(
            new CommitRangeCheck.Request(
                f.dir(),
                null,
                null,
                "v${version}",
                100,
                CommitLintConfig.conventional(),
                "adopted"),
            Map.of());
    assertThat(byRef.checked()).isEqualTo(2);
    assertThat(byRef.report().findings())
        .extracting(x -> x.location().display())
        .containsExactly("commit " + bad.substring(0, 7));
    assertThat(byRef.notes().get(0)).contains("only those after adopted (");
    CommitRangeCheck.Result byDate =
        CommitRangeCheck.run(
            new CommitRangeCheck.Request(
                f.dir(),
                null,
                null,
                "v${version}",
                100,
                CommitLintConfig.conventional(),
                "2999-01-01"),
            Map.of());
    assertThat(byDate.checked()).isZero();
    assertThat(byDate.notes().get(0)).contains("committed since 2999-01-01");
    CommitRangeCheck.Request unknown =
        new CommitRangeCheck.Request(
            f.dir(), null, null, "v${version}", 100, CommitLintConfig.conventional(), "nope");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> CommitRangeCheck.run(unknown, Map.of()))
        .hasMessageContaining("tollgate.commits.since");
  }

  @Test
  void pullRequestTitlesAreCheckedAsHeaders() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: initial commit");
    f.commit("wip");
    Map<String, String> gitlab = Map.of("CI_MERGE_REQUEST_TITLE", "Update things");
    CommitRangeCheck.Request auto =
        new CommitRangeCheck.Request(
            f.dir(), "HEAD~1", null, "v${version}", 100, CommitLintConfig.conventional(), null);
    CommitRangeCheck.Result both = CommitRangeCheck.run(auto, gitlab);
    assertThat(both.report().findings()).hasSize(2);
    assertThat(both.report().findings().get(0).message())
        .startsWith("pull request title 'Update things'");
    CommitRangeCheck.Request only =
        new CommitRangeCheck.Request(
            f.dir(),
            "HEAD~1",
            null,
            "v${version}",
            100,
            CommitLintConfig.conventional(),
            null,
            "only");
    assertThat(CommitRangeCheck.run(only, gitlab).report().findings()).hasSize(1);
    assertThat(
            CommitRangeCheck.run(only, Map.of("CI_MERGE_REQUEST_TITLE", "fix: y"))
                .report()
                .findings())
        .isEmpty();
    // outside a merge request build, "only" checks the commits
    assertThat(CommitRangeCheck.run(only, Map.of()).report().findings()).hasSize(1);
    CommitRangeCheck.Request off =
        new CommitRangeCheck.Request(
            f.dir(),
            "HEAD~1",
            null,
            "v${version}",
            100,
            CommitLintConfig.conventional(),
            null,
            "off");
    assertThat(CommitRangeCheck.run(off, gitlab).report().findings()).hasSize(1);
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
