package dev.tollgate.core.commits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GitMessageCleanupTest {

  @Test
  void dropsCommentsAndEverythingBelowTheScissors() {
    String file =
        "\n\nfeat: add it   \n\n\n\nbody\t\n# Please enter the commit message\n#\n"
            + "# ------------------------ >8 ------------------------\n"
            + "diff --git a/x b/x\n+feat\n";
    assertThat(GitMessageCleanup.clean(file, "#")).isEqualTo("feat: add it\n\nbody\n");
  }

  @Test
  void honoursTheCommentChar() {
    String file = "fix: x\n\n#123 is the issue\n; a comment\n;  ------------------------ >8 ---\n";
    assertThat(GitMessageCleanup.clean(file, ";")).isEqualTo("fix: x\n\n#123 is the issue\n");
    assertThat(GitMessageCleanup.clean("fix: x\n# c\r\n", null)).isEqualTo("fix: x\n");
    assertThat(
            GitMessageCleanup.clean(
                "fix: x\n; ------------------------ >8 ------------------------\nrest", ";"))
        .isEqualTo("fix: x\n");
    // auto without git's own comment lines: git's rule over the text keeps '#' lines
    assertThat(GitMessageCleanup.clean("# only comments\n", "auto")).isEqualTo("# only comments\n");
    assertThat(
            GitMessageCleanup.clean(
                "fix: x\n\n#1\n; Please enter the commit message. Lines starting\n"
                    + "; with ';' will be ignored, and an empty message aborts the commit.\n",
                "AUTO"))
        .isEqualTo("fix: x\n\n#1\n");
  }
}
