package dev.tollgate.core.versioning;

import static dev.tollgate.core.versioning.TestCommits.commit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BumpPolicyTest {

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CONVENTIONAL | feat: add x                               | MINOR
          CONVENTIONAL | feat(api): add x                          | MINOR
          CONVENTIONAL | fix: repair x                             | PATCH
          CONVENTIONAL | perf: speed x                             | PATCH
          CONVENTIONAL | refactor: tidy x                          | NONE
          CONVENTIONAL | docs: explain x                           | NONE
          CONVENTIONAL | chore!: drop java 11                      | MAJOR
          CONVENTIONAL | refactor(core)!: rename x                 | MAJOR
          CONVENTIONAL | fix: x\\n\\nBREAKING CHANGE: y removed      | MAJOR
          CONVENTIONAL | fix: x\\n\\nBREAKING-CHANGE: y removed      | MAJOR
          CONVENTIONAL | update stuff                              | NONE
          CONVENTIONAL | Revert "feat: add x"                      | NONE
          COMMITIZEN   | feat: add x                               | MINOR
          COMMITIZEN   | fix: repair x                             | PATCH
          COMMITIZEN   | perf: speed x                             | PATCH
          COMMITIZEN   | refactor: tidy x                          | PATCH
          COMMITIZEN   | docs: explain x                           | NONE
          COMMITIZEN   | chore: bump deps                          | NONE
          COMMITIZEN   | docs!: rewrite x                          | MAJOR
          COMMITIZEN   | docs: x\\n\\nBREAKING CHANGE: y removed     | MAJOR
          COMMITIZEN   | docs: x\\n\\nfeat: a second change line    | MINOR
          COMMITIZEN   | update stuff                              | NONE
          COMMITIZEN   | chore!: drop java 11                      | MAJOR
          COMMITIZEN   | feature: add x                            | MINOR
          COMMITIZEN   | fixup: x                                  | PATCH
          COMMITIZEN   | BREAKING-CHANGE: y removed                | MAJOR
          COMMITIZEN   | chore(deps)!: drop x                      | MAJOR
          """)
  void presetLevels(BumpPreset preset, String message, BumpLevel expected) {
    ReleaseCommit c = commit(message.replace("\\n", "\n"));
    assertThat(BumpPolicy.of(preset).levelOf(c)).isEqualTo(expected);
  }

  @Test
  void commitizenReadsMergeCommitBodies() {
    ReleaseCommit merge =
        TestCommits.merge("Merge pull request #3 from a/b\n\nfeat: a feature in the merge");
    assertThat(BumpPolicy.of(BumpPreset.COMMITIZEN).levelOf(merge)).isEqualTo(BumpLevel.MINOR);
    assertThat(BumpPolicy.of(BumpPreset.CONVENTIONAL).levelOf(merge)).isEqualTo(BumpLevel.NONE);
  }

  @Test
  void revertInTheTypeMapAlsoLevelsGitsRevertCommits() {
    // through the real parser: git's reverts are not Conventional Commits
    ReleaseCommit gitRevert =
        ReleaseCommits.of("a1", "Revert \"feat: x\"\n\nThis reverts commit 0123456789abcdef.", 1);
    ReleaseCommit conventionalRevert = ReleaseCommits.of("a2", "revert: feat: x", 1);
    BumpPolicy plain = BumpPolicy.of(BumpPreset.CONVENTIONAL);
    assertThat(plain.levelOf(gitRevert)).isEqualTo(BumpLevel.NONE);
    assertThat(plain.levelOf(conventionalRevert)).isEqualTo(BumpLevel.NONE);
    BumpPolicy revertIsPatch =
        new BumpPolicy(
            BumpPreset.CONVENTIONAL, BumpPolicy.parseTypeLevels("revert=patch"), BumpLevel.NONE);
    assertThat(revertIsPatch.levelOf(gitRevert)).isEqualTo(BumpLevel.PATCH);
    assertThat(revertIsPatch.levelOf(ReleaseCommits.of("a3", "Reapply \"feat: x\"", 1)))
        .isEqualTo(BumpLevel.PATCH);
    assertThat(revertIsPatch.levelOf(conventionalRevert)).isEqualTo(BumpLevel.PATCH);
    assertThat(revertIsPatch.levelOf(ReleaseCommits.of("a4", "Revert the config", 1)))
        .isEqualTo(BumpLevel.NONE);
    assertThat(revertIsPatch.levelOf(TestCommits.merge("Merge branch 'x'")))
        .isEqualTo(BumpLevel.NONE);
  }

  @Test
  void typeMapOverridesThePresetAndMinimumBumpRaisesEverything() {
    BumpPolicy policy =
        new BumpPolicy(
            BumpPreset.CONVENTIONAL,
            BumpPolicy.parseTypeLevels("docs=patch, feat=patch"),
            BumpLevel.NONE);
    assertThat(policy.levelOf(commit("docs: x"))).isEqualTo(BumpLevel.PATCH);
    assertThat(policy.levelOf(commit("feat: x"))).isEqualTo(BumpLevel.PATCH);
    assertThat(policy.levelOf(commit("feat!: x"))).isEqualTo(BumpLevel.MAJOR);

    BumpPolicy minimum = new BumpPolicy(BumpPreset.CONVENTIONAL, Map.of(), BumpLevel.PATCH);
    assertThat(minimum.levelOf(commit("chore: x"))).isEqualTo(BumpLevel.PATCH);
    assertThat(minimum.levelOf(commit("WIP"))).isEqualTo(BumpLevel.PATCH);
    assertThat(minimum.levelOf(commit("feat: x"))).isEqualTo(BumpLevel.MINOR);
    assertThat(minimum.levelOf(TestCommits.merge("Merge branch 'x'"))).isEqualTo(BumpLevel.NONE);

    BumpPolicy cz =
        new BumpPolicy(BumpPreset.COMMITIZEN, Map.of("chore", BumpLevel.PATCH), BumpLevel.NONE);
    assertThat(cz.levelOf(commit("chore: x"))).isEqualTo(BumpLevel.PATCH);
  }

  @Test
  void typeMapSyntaxErrorsNameTheEntry() {
    assertThatThrownBy(() -> BumpPolicy.parseTypeLevels("docs"))
        .hasMessageContaining("'docs' is not type=level");
    assertThatThrownBy(() -> BumpPolicy.parseTypeLevels("docs=huge"))
        .hasMessageContaining("MAJOR, MINOR, PATCH, NONE");
  }
}
