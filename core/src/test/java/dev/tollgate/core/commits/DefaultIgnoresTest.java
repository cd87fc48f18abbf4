package dev.tollgate.core.commits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cases of commitlint 20's is-ignored tests, plus the edges of each pattern. */
class DefaultIgnoresTest {

  private static boolean ignored(String message) {
    String text = CommitMessageParser.normalize(message);
    return DefaultIgnores.isMerge(text)
        || DefaultIgnores.isRevert(text)
        || DefaultIgnores.isAutosquash(text)
        || DefaultIgnores.isVersion(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Merge branch 'iss53'",
        "Merge branch 'ctrom-YarnBuild'\n",
        "Merge branch 'ctrom-YarnBuild'\r\n\r\n\r\n",
        "Merge branch 'ctrom-YarnBuild'\r\n # some comment",
        "Merge pull request #369",
        "Merge tag '1.1.1'",
        "Merge tag 'a tag'\n ",
        "Merge feature/x into main",
        "chore: sync\n\nMerge branch 'main' of github.com:a/b",
        "feat: x\n\nMerge pull request #1 from a/b",
        "Revert \"docs: add recipe (#36)\"\n\nThis reverts commit 1e69d54.",
        "revert \"docs: add recipe\"",
        "Revert some change",
        "Reapply \"feat: x\"",
        "reapply it",
        "amend! initial commit",
        "fixup! initial commit",
        "squash! initial commit",
        "fixup!no space",
        "Merged in feature/facebook-friends-sync (pull request #8)",
        "Merged develop into feature/component-form-select-card",
        "Automatic merge",
        "Auto-merged develop into master",
        "Merge remote-tracking branch",
        "Merged PR 123: Description here",
        "0.0.1",
        "1.0.0",
        "0.0.1-some-crazy-tag.999",
        "0.0.1-1e69d54",
        "v0.0.1",
        " v3.0.0",
        "v21.2.2",
        "v1.0.0-rc.12",
        "chore: 0.1.0",
        "chore(release): 1.2.3",
        "chore(release):1.2.3",
        "chore(release): v1.2.3 [skip ci]",
        "2.3.3-beta.1 [ci skip]",
        "2.3.3-beta.1 [skip-ci]",
        "2.3.3-beta.1 (ci-skip)",
        "2.3.3-beta.1 (SKIP CI)",
        "1.0.0+build.5",
        "0.0.1\n\nSigned-off-by: Developer <example@example.com>",
      })
  void commitlintIgnoresThese(String message) {
    assertThat(ignored(message)).as(message).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "initial commit",
        "foo bar Merge branch xxx",
        "foo bar Merge tag '1.1.1'",
        "Merge stuff",
        "Merge into main",
        "Merging upstream changes",
        "chore: Merge branch 'main' of github.com:vitejs/vite into main",
        "revert: feat: x",
        "Reverted it",
        "fix: Revert \"x\"",
        "fixup: x",
        "1.2",
        "v01.2.3",
        "1.2.3.4",
        "version 1.2.3",
        "feat: 1.2.3",
        "chore(x)(y): 1.2.3 extra",
        "99999999999999999.0.0",
        "\nv1.2.3",
        "Merged it",
        "Auto-merged develop",
      })
  void commitlintLintsThese(String message) {
    assertThat(ignored(message)).as(message).isFalse();
  }
}
