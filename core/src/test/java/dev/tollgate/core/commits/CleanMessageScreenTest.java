package dev.tollgate.core.commits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanMessageScreenTest {

  private static boolean clean(CleanMessageScreen screen, String message, int parents) {
    byte[] b = message.getBytes(StandardCharsets.UTF_8);
    return screen.isClean(parents, b, 0, b.length);
  }

  private static CleanMessageScreen conventional() {
    return CleanMessageScreen.of(CommitLintConfig.conventional()).orElseThrow();
  }

  @Test
  void passesThePlainConventionalShapes() {
    CleanMessageScreen screen = conventional();
    for (String m :
        List.of(
            "feat: add it\n",
            "fix(core): handle an empty tag list",
            "refactor(maven-plugin)!: drop the old goal\n\nWhy it goes.\n",
            "docs: explain the range\n\nFirst paragraph,\nwrapped.\n\nRefs: #12\n",
            "feat: break it\n\nbody\n\nBREAKING CHANGE: the old flag is gone\n",
            "chore(release): prepare v1\n",
            "feat: mention \"Quoted\" and `Code` parts",
            "fix: " + "x".repeat(95),
            "fix: y\n\n" + "z".repeat(100),
            "chore(deps): update dependency lerna to v10.0.1 (#4971)",
            "feat: v1.2.3 is the first release")) {
      assertThat(clean(screen, m, 1)).as(m).isTrue();
      assertThat(clean(screen, m, 0)).as(m).isTrue();
    }
  }

  @Test
  void leavesEveryOtherShapeToTheLinter() {
    CleanMessageScreen screen = conventional();
    for (String m :
        List.of(
            "feat: Add it", // subject-case
            "feat: add it.", // subject-full-stop
            "feature: add it", // type-enum
            "Feat: add it", // type-case
            "feat:add it",
            "feat:  add it", // subject-leading-space
            "feat: add it ", // header-trim
            " feat: add it",
            "fix: " + "x".repeat(96), // header-max-length
            "fix: y\n\n" + "z".repeat(101), // body-max-line-length
            "fix: y\nno blank line", // body-leading-blank
            "fix: y\n\nbody\nBREAKING CHANGE: no blank line", // footer-leading-blank
            "fix: caf\u00e9", // not ASCII: the linter judges it
            "fix: tab\there",
            "fix: y\r\n",
            "chore(release): v1.2.3", // a version-only header is ignored
            "chore: v1.2.3-rc.1 [skip ci]",
            "fixup!: y",
            "fixup! feat: y",
            "Merge branch 'x'",
            "fix: y\n\nMerge branch 'a' into b", // a merge message line: ignored
            "Revert \"feat: y\"",
            "fix(): y",
            "fix(a,b): y",
            "fix(a: y",
            "",
            "\n\nfix: leading blank lines")) {
      assertThat(clean(screen, m, 1)).as(m).isFalse();
    }
    assertThat(clean(screen, "feat: a merge commit", 2)).isFalse();
  }

  @Test
  void followsTheConfiguredRules() {
    CommitLintConfig config =
        CommitLintConfig.conventional()
            .withRule("scope-enum", "error:always:core,deps")
            .withRule("header-max-length", "error:20")
            .withRule("subject-case", "error:always:lower-case");
    CleanMessageScreen screen = CleanMessageScreen.of(config).orElseThrow();
    assertThat(clean(screen, "fix(core): y", 1)).isTrue();
    assertThat(clean(screen, "fix: y", 1)).isTrue();
    assertThat(clean(screen, "fix(api): y", 1)).isFalse();
    assertThat(clean(screen, "fix(core): this is too long", 1)).isFalse();
    assertThat(clean(screen, "fix: use Maven", 1)).isFalse();
    CleanMessageScreen scoped =
        CleanMessageScreen.of(
                CommitLintConfig.conventional().withRule("scope-empty", "error:never"))
            .orElseThrow();
    assertThat(clean(scoped, "fix: y", 1)).isFalse();
    assertThat(clean(scoped, "fix(core): y", 1)).isTrue();
  }

  @Test
  void thereIsNoScreenForRulesItCannotDecide() {
    CommitLintConfig conventional = CommitLintConfig.conventional();
    assertThat(CleanMessageScreen.of(CommitLintConfig.preset("commitizen"))).isEmpty();
    assertThat(CleanMessageScreen.of(conventional.withRule("references-pattern", "error")))
        .isEmpty();
    assertThat(CleanMessageScreen.of(conventional.withRule("signed-off-by", "warn"))).isEmpty();
    assertThat(CleanMessageScreen.of(conventional.withRule("header-pattern", "error:fix: .*")))
        .isEmpty();
    assertThat(CleanMessageScreen.of(conventional.withRule("type-case", "error:upper-case")))
        .isEmpty();
    assertThat(
            CleanMessageScreen.of(conventional.withRule("subject-case", "error:never:lower-case")))
        .isEmpty();
    assertThat(CleanMessageScreen.of(conventional.withRule("header-max-length", "error:never:50")))
        .isEmpty();
    assertThat(
            CleanMessageScreen.of(
                conventional.withIgnores(
                    new Ignores(true, true, true, List.of("^WIP"), true, true))))
        .isEmpty();
    assertThat(CleanMessageScreen.of(conventional.withRule("type-enum", "off"))).isPresent();
  }
}
