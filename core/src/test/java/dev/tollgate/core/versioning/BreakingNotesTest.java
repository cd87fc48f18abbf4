package dev.tollgate.core.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Breaking changes wherever Conventional Commits (or, leniently, older presets) put them. */
class BreakingNotesTest {

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # mode  | message                                                   | level | notes
          STRICT  | fix: validate config\\n\\nBREAKING CHANGE:\\nkeys are now case-sensitive | MAJOR | keys are now case-sensitive
          STRICT  | fix: x\\n\\nBREAKING CHANGE: the api is gone\\n\\nMore words.\\n\\nEven more. | MAJOR | the api is gone
          STRICT  | fix: x\\n\\nBREAKING CHANGE: first line\\nsecond line\\nRefs: #1 | MAJOR | first line\\nsecond line
          STRICT  | fix: x\\n\\nBREAKING-CHANGE: dash form                    | MAJOR | dash form
          STRICT  | fix: x\\nBREAKING CHANGE: no blank line before            | MAJOR | no blank line before
          STRICT  | chore!: drop java 11                                      | MAJOR |
          STRICT  | docs(api)!: rewrite                                       | MAJOR |
          STRICT  | fix: x\\n\\nBREAKING CHANGES: old spelling                | PATCH |
          STRICT  | fix: x\\n\\nBREAKING CHANGE without a colon               | PATCH |
          STRICT  | fix: x\\n\\nbreaking change: lower case                   | PATCH |
          STRICT  | fix: x\\n\\nthis is not a BREAKING CHANGE: mid-line       | PATCH |
          LENIENT | fix: x\\n\\nBREAKING CHANGES: old spelling                | MAJOR | old spelling
          LENIENT | fix: x\\n\\nBREAKING CHANGE without a colon               | MAJOR | without a colon
          LENIENT | fix: x\\n\\n* breaking change: in a list                  | MAJOR | in a list
          LENIENT | fix: x\\n\\nBREAKING CHANGE:\\n\\ntext after a blank line | MAJOR | text after a blank line
          LENIENT | fix: x\\n\\nnot BREAKING CHANGE at the start              | PATCH |
          """)
  void breakingChangesBumpMajor(BreakingNotes mode, String message, BumpLevel level, String notes) {
    ReleaseCommit commit = ReleaseCommits.of("a".repeat(40), message.replace("\\n", "\n"), 1, mode);
    assertThat(BumpPolicy.of(BumpPreset.CONVENTIONAL).levelOf(commit)).isEqualTo(level);
    if (notes != null) {
      assertThat(String.join("|", commit.breakingNotes())).isEqualTo(notes.replace("\\n", "\n"));
    }
  }

  @Test
  void parseNamesTheAcceptedValues() {
    assertThat(BreakingNotes.parse(" Lenient ")).isEqualTo(BreakingNotes.LENIENT);
    assertThatThrownBy(() -> BreakingNotes.parse("loose"))
        .hasMessageContaining("strict or lenient");
  }

  @Test
  void releasePleaseBlocksGiveOneCommitPerChange() {
    String message =
        "feat: squash of three changes (#42)\n\n"
            + "fix: a fix in the middle\n\n"
            + "BEGIN_NESTED_COMMIT\n"
            + "feat(api)!: a nested breaking change\n\n"
            + "BREAKING-CHANGE: the old api is gone\n"
            + "END_NESTED_COMMIT\n"
            + "BEGIN_NESTED_COMMIT\n"
            + "fix(deps): update x\n"
            + "END_NESTED_COMMIT\n";
    List<ReleaseCommit> commits =
        ReleaseCommits.ofAll("b".repeat(40), message, 1, BreakingNotes.STRICT);
    assertThat(commits)
        .extracting(ReleaseCommit::header)
        .containsExactly(
            "feat: squash of three changes (#42)",
            "fix: a fix in the middle",
            "feat(api)!: a nested breaking change",
            "fix(deps): update x");
    assertThat(commits.get(2).breakingNotes()).containsExactly("the old api is gone");
    assertThat(BumpPolicy.of(BumpPreset.CONVENTIONAL).levelOf(commits)).isEqualTo(BumpLevel.MAJOR);
  }

  @Test
  void anOverrideBlockReplacesTheMessage() {
    String message =
        "chore: merge the pull request (#7)\n\n"
            + "BEGIN_COMMIT_OVERRIDE\n"
            + "feat: the real change\n\n"
            + "fix: and a fix\n"
            + "END_COMMIT_OVERRIDE\n";
    assertThat(ReleaseCommits.ofAll("c".repeat(40), message, 1, BreakingNotes.STRICT))
        .extracting(ReleaseCommit::header)
        .containsExactly("feat: the real change", "fix: and a fix");
    assertThat(ReleaseCommits.ofAll("c".repeat(40), "fix: plain\n\nbody", 1, BreakingNotes.STRICT))
        .extracting(ReleaseCommit::message)
        .containsExactly("fix: plain\n\nbody");
  }

  @Test
  void releaseAsFooter() {
    assertThat(ReleaseCommits.releaseAs("chore: release 2.0.0\n\nRelease-As: 2.0.0"))
        .isEqualTo("2.0.0");
    assertThat(ReleaseCommits.releaseAs("chore: x\n\nrelease-as: v3.1.0")).isEqualTo("3.1.0");
    assertThat(ReleaseCommits.releaseAs("chore: x\n\nRelease-As #2")).isNull();
    assertThat(ReleaseCommits.releaseAs("chore: x")).isNull();
  }
}
