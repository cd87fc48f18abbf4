package dev.tollgate.core.commits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommitLinterTest {

  private static final CommitLinter DEFAULT = new CommitLinter(CommitLintConfig.conventional());

  private static List<String> rules(CommitLinter linter, String message) {
    return linter.lint(message).stream().map(f -> f.ruleId() + ":" + f.severity().label()).toList();
  }

  private static List<String> rules(String message) {
    return rules(DEFAULT, message);
  }

  private static CommitLinter with(String... idAndSetting) {
    CommitLintConfig c = CommitLintConfig.conventional();
    for (int i = 0; i < idAndSetting.length; i += 2) {
      c = c.withRule(idAndSetting[i], idAndSetting[i + 1]);
    }
    return new CommitLinter(c);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "feat: add it",
        "fix(parser)!: handle tabs",
        "chore(release): v1.2.3",
        "chore(release): v10.0.0-rc.1",
        "docs: describe `Tollgate` setup",
        "feat: add 'IPv6' support",
        "feat(api): x\n\nbody\n\nBREAKING CHANGE: gone\nRefs: #1",
        "perf: 2x faster",
        "feat: ümlaut first",
      })
  void validMessagesPass(String message) {
    assertThat(DEFAULT.lint(message)).isEmpty();
  }

  @Test
  void releaseCommitsTollgateWritesPassTheDefaults() {
    for (String v : List.of("0.1.0", "1.2.3", "2.0.0-rc.1", "1.0.0+build.5")) {
      assertThat(DEFAULT.lint("chore(release): v" + v)).isEmpty();
      assertThat(DEFAULT.lint("chore(release): v" + v + "\n\nReleased by Tollgate.\n")).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "update stuff|type-empty:error",
        "WIP|type-empty:error",
        "fix:tag parser|type-empty:error",
        "feat:|subject-empty:error",
        "Feat: add it|type-case:error,type-enum:error",
        "fix: handle it.|subject-full-stop:error",
        "bugfix: handle it|type-enum:error",
        "docs: Describe The Release Process|subject-case:error",
        "docs: Describe the process|subject-case:error",
        "docs: DESCRIBE|subject-case:error",
        "'feat: add it '|header-trim:error",
      })
  void defaultRulesFindTheProblem(String header, String expected) {
    assertThat(String.join(",", rules(header))).isEqualTo(expected);
  }

  /** Verdicts of commitlint 20.5.3 with config-conventional, run on each message. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fix: Élan vital|subject-case:error",
        "fix: ÄRGER|subject-case:error",
        "fix: Ärger Über|subject-case:error",
        "fix: Éa Éb|subject-case:error",
        "fix: Don't Do It|subject-case:error",
        "fix: élan|",
        "fix: ärger|",
        "fix: über Alles|",
        "fix: ǅungla|",
        "fix: ßtraße|",
        "fix: Σίσυφος|subject-case:error",
        "fix: σίσυφος|",
        "fix: 日本語|",
        "fix: `Quoted` rest|",
        "fix:  Improve|subject-leading-space:warning",
        "fix:  improve|subject-leading-space:warning",
      })
  void verdictsAsCommitlint(String header, String expected) {
    assertThat(String.join(",", rules(header))).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void longLinesWithAUrlPassAsInCommitlint() {
    String url = "https://github.com/o/r/compare/" + "a".repeat(100);
    assertThat(rules("build(deps): bump x\n\nRelease notes: " + url)).isEmpty();
    assertThat(rules("build(deps): bump x\n\n- " + "y".repeat(99) + " (http://e.x)")).isEmpty();
    assertThat(rules("fix: x\n\nRefs: " + "y".repeat(100) + " https://e.x/1")).isEmpty();
    // commitlint's \\bhttps?:\\/\\/\\S+: a word character before it, or nothing after it, is no URL
    assertThat(rules("fix: x\n\n" + "y".repeat(100) + "xhttps://e.x"))
        .containsExactly("body-max-line-length:error");
    assertThat(rules("fix: x\n\n" + "y".repeat(100) + " https:// "))
        .containsExactly("body-max-line-length:error");
  }

  @Test
  void lineLengthFindingsNameTheLine() {
    Finding body = DEFAULT.lint("c", "fix: x\n\nshort\n" + "b".repeat(120), 1).get(0);
    assertThat(body.message()).endsWith("line 4 has 120 characters");
    Finding footer = DEFAULT.lint("c", "fix: x\n\nbody\n\nRefs: " + "1".repeat(100), 1).get(0);
    assertThat(footer.ruleId()).isEqualTo("footer-max-line-length");
    assertThat(footer.message()).endsWith("line 5 has 106 characters");
    Finding inFile =
        DEFAULT
            .lintCommitBeingMade(
                "fix: x\n\n" + "b".repeat(101),
                false,
                dev.tollgate.core.report.Location.file("M", 1, 0))
            .get(0);
    assertThat(inFile.location().display()).isEqualTo("M:3");
  }

  @Test
  void commitsBeingMade() {
    dev.tollgate.core.report.Location m = dev.tollgate.core.report.Location.file("M", 1, 0);
    CommitLinter strict =
        new CommitLinter(
            CommitLintConfig.conventional().withIgnores(new Ignores(true, true, false, List.of())));
    // a fixup is made to be squashed: rejected in ranges, never while committing
    assertThat(strict.lintCommitBeingMade("fixup! feat: x", false, m)).isEmpty();
    assertThat(strict.lint("a", "fixup! feat: x", 1)).isNotEmpty();
    // git aborts an empty message itself
    assertThat(DEFAULT.lintCommitBeingMade("", false, m)).isEmpty();
    assertThat(DEFAULT.lintCommitBeingMade("\n\n", false, m)).isEmpty();
    // a merge in progress (MERGE_HEAD) is a merge whatever its text, as a merge commit in a range
    assertThat(DEFAULT.lintCommitBeingMade("resolve the conflicts", true, m)).isEmpty();
    assertThat(DEFAULT.lintCommitBeingMade("resolve the conflicts", false, m)).isNotEmpty();
    assertThat(DEFAULT.lintCommitBeingMade("Merge branch 'x' into y", false, m)).isEmpty();
  }

  /** Suggestions keep what the user wrote and pass the rules, or are absent. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Feat: add it|'feat: add it'",
        "FIX: handle it|'fix: handle it'",
        "fxi: handle it|'fix: handle it'",
        "feature(api): add it|'feat(api): add it'",
        "bugfix: handle it|'fix: handle it'",
        "feat(scope) add the thing|'feat(scope): add the thing'",
        "fix:tag parser|'fix: tag parser'",
        "feat add the thing|'feat: add the thing'",
        "Bump a:b from 1.0 to 2.0|'<type>: bump a:b from 1.0 to 2.0'",
        "Fixed the login bug.|'<type>: fixed the login bug'",
        "fix: WIP stuff|'fix: wip stuff'",
        "docs: Describe The Release Process|'docs: describe The Release Process'",
        "fix: handle it.|'fix: handle it'",
        "fix:  Improve|'fix: improve'",
      })
  void suggestionsKeepTheUsersWords(String header, String expected) {
    String hint = DEFAULT.lint(header).get(0).hint();
    assertThat(hint).contains(expected);
  }

  @Test
  void suggestionsAreCutBetweenWordsOrLeftOut() {
    String words = "fix: " + "Word ".repeat(30).strip();
    String hint =
        DEFAULT.lint(words).stream()
            .filter(f -> f.ruleId().equals("subject-case"))
            .findFirst()
            .orElseThrow()
            .hint();
    String suggested =
        hint.substring(hint.indexOf('\'') + 1, hint.indexOf('\'', hint.indexOf('\'') + 1));
    assertThat(suggested.length()).isLessThanOrEqualTo(100);
    assertThat(suggested).startsWith("fix: word Word").endsWith("Word");
    // no suggestion beats a wrong one: a type that cannot be placed in scope-enum's world
    CommitLinter strict = with("header-pattern", "error:^[a-z]+: JIRA-[0-9]+ .*$");
    assertThat(strict.lint("Fix stuff").get(0).hint())
        .startsWith("write the header as 'type(scope): subject'");
  }

  @Test
  void headerMaxLength() {
    String header = "feat: " + "x".repeat(94);
    assertThat(rules(header)).isEmpty();
    assertThat(rules(header + "y")).containsExactly("header-max-length:error");
  }

  @Test
  void bodyAndFooterRules() {
    assertThat(rules("feat: x\nbody")).containsExactly("body-leading-blank:warning");
    assertThat(rules("feat: x\n\nbody\nRefs: #1")).isEmpty();
    assertThat(rules("feat: x\n\nbody\nBREAKING CHANGE: y"))
        .containsExactly("footer-leading-blank:warning");
    assertThat(rules("feat: x\n\n" + "b".repeat(101)))
        .containsExactly("body-max-line-length:error");
    assertThat(rules("feat: x\n\n" + "b".repeat(100))).isEmpty();
    assertThat(rules("feat: x\n\nRefs: " + "1".repeat(100)))
        .containsExactly("footer-max-line-length:error");
  }

  @Test
  void findingsTeach() {
    Finding f = DEFAULT.lint("abcdef1234567", "update stuff", 1).get(0);
    assertThat(f.location().display()).isEqualTo("commit abcdef1");
    assertThat(f.message()).contains("'update stuff'").contains("column 7");
    assertThat(f.hint()).contains("'<type>: update stuff'").contains("allowed types: build, chore");
    Finding e = DEFAULT.lint("x", "bugfix: handle it", 1).get(0);
    assertThat(e.message()).contains("must have a type that is one of [build, chore");
    assertThat(e.hint()).contains("'fix: handle it'");
    Finding c = DEFAULT.lint("x", "docs: Describe it.", 1).get(0);
    assertThat(c.hint()).contains("'docs: describe it'");
  }

  @Test
  void levelsAndValuesAreConfigurable() {
    assertThat(rules(with("header-max-length", "error:20"), "feat: twenty one chars"))
        .containsExactly("header-max-length:error");
    assertThat(rules(with("subject-full-stop", "warn"), "fix: x."))
        .containsExactly("subject-full-stop:warning");
    assertThat(rules(with("subject-full-stop", "off"), "fix: x.")).isEmpty();
    assertThat(rules(with("type-enum", "error:feat,fix,deps"), "deps: bump")).isEmpty();
    assertThat(rules(with("type-enum", "error:feat,fix"), "docs: x"))
        .containsExactly("type-enum:error");
    assertThat(rules(with("subject-case", "error:always:lower-case"), "fix: Handle"))
        .containsExactly("subject-case:error");
    assertThat(rules(with("subject-case", "error:never:upper-case"), "fix: Handle")).isEmpty();
  }

  @Test
  void optionalRules() {
    CommitLinter scopes = with("scope-enum", "error:core,cli", "scope-empty", "error");
    assertThat(rules(scopes, "fix(core, cli): x")).isEmpty();
    assertThat(rules(scopes, "fix(docs): x")).containsExactly("scope-enum:error");
    assertThat(rules(scopes, "fix: x")).containsExactly("scope-empty:error");
    assertThat(scopes.lint("fix: x").get(0).hint()).isEqualTo("add a scope, e.g. 'fix(core): x'");
    CommitLinter refs = with("references-pattern", "error");
    assertThat(rules(refs, "fix: x\n\nRefs: #12")).isEmpty();
    assertThat(rules(refs, "fix: x (JIRA-7)")).isEmpty();
    assertThat(rules(refs, "fix: x")).containsExactly("references-pattern:error");
    CommitLinter signed = with("signed-off-by", "error");
    assertThat(rules(signed, "fix: x\n\nSigned-off-by: A <a@b.c>")).isEmpty();
    assertThat(rules(signed, "fix: x")).containsExactly("signed-off-by:error");
    CommitLinter subject = with("subject-max-length", "warn:5");
    assertThat(rules(subject, "fix: abcdef")).containsExactly("subject-max-length:warning");
    CommitLinter pattern =
        with(
            "header-pattern",
            "error:[a-z]+(\\([a-z]+\\))?: [A-Z]+-[0-9]+ .+",
            "subject-case",
            "off");
    assertThat(rules(pattern, "fix(core): ABC-1 x")).isEmpty();
    assertThat(rules(pattern, "fix(core): x")).containsExactly("header-pattern:error");
  }

  @Test
  void userPatternsRunInLinearTime() {
    // (a+)+$ backtracks exponentially in java.util.regex; RE2 answers at once.
    CommitLinter evil = with("header-pattern", "error:(a+)+$", "header-max-length", "off");
    assertThat(rules(evil, "fix: " + "a".repeat(50_000) + "!"))
        .containsExactly("header-pattern:error");
  }

  @Test
  void badConfigurationIsNamed() {
    assertThatThrownBy(() -> with("no-such-rule", "error"))
        .hasMessageContaining("unknown commit rule 'no-such-rule'")
        .hasMessageContaining("type-enum");
    assertThatThrownBy(() -> with("header-max-length", "loud"))
        .hasMessageContaining("off, warn, error");
    assertThatThrownBy(() -> with("header-max-length", "error:sometimes:72"))
        .hasMessage(
            "rule header-max-length needs a number of characters as its value, got 'sometimes:72';"
                + " 'sometimes' is no condition: write level[:always|never][:value], e.g."
                + " error:always:72");
    assertThatThrownBy(() -> with("header-max-length", "error:lots"))
        .hasMessageContaining("header-max-length needs a number");
    assertThatThrownBy(() -> with("header-pattern", "error:(unclosed"))
        .hasMessageContaining("invalid pattern '(unclosed'");
    assertThatThrownBy(() -> with("subject-case", "error:never:shouting"))
        .hasMessageContaining("unknown case 'shouting'");
    assertThatThrownBy(() -> CommitLintConfig.preset("angular"))
        .hasMessageContaining("conventional or commitizen");
  }

  @Test
  void ignoresAreOnByDefault() {
    assertThat(DEFAULT.lint("a", "Merge branch 'x'", 2)).isEmpty();
    assertThat(DEFAULT.lint("a", "anything at all", 2)).isEmpty();
    assertThat(DEFAULT.lint("a", "Merge branch 'x'", 1)).isEmpty();
    assertThat(DEFAULT.lint("a", "Merge stuff", 1)).isNotEmpty();
    assertThat(DEFAULT.lint("a", "v21.2.2", 1)).isEmpty();
    assertThat(DEFAULT.lint("Merge branch 'x'")).isEmpty();
    assertThat(DEFAULT.lint("a", "Revert \"feat: x\"\n\nThis reverts commit 1.", 1)).isEmpty();
    assertThat(DEFAULT.lint("a", "Reapply \"feat: x\"", 1)).isEmpty();
    assertThat(DEFAULT.lint("a", "fixup! feat: x", 1)).isEmpty();
    assertThat(DEFAULT.lint("a", "squash! feat: x", 1)).isEmpty();
    assertThat(DEFAULT.lint("a", "amend! feat: x", 1)).isEmpty();
  }

  @Test
  void ignoresCanBeTurnedOffAndFixupsRejected() {
    CommitLinter strict =
        new CommitLinter(
            CommitLintConfig.conventional()
                .withIgnores(
                    new Ignores(false, false, false, List.of("^WIP\\b", "(?i)initial commit"))));
    assertThat(rules(strict, "Merge branch 'x'")).containsExactly("type-empty:error");
    assertThat(strict.lint("a", "Merge branch 'x'", 2))
        .extracting(Finding::ruleId)
        .containsExactly("type-empty");
    assertThat(rules(strict, "Revert \"feat: x\"")).containsExactly("type-empty:error");
    List<Finding> fixup = strict.lint("a", "fixup! feat: x", 1);
    assertThat(fixup).extracting(Finding::ruleId).containsExactly(CommitLinter.FIXUP_RULE);
    assertThat(fixup.get(0).hint()).contains("git rebase -i --autosquash");
    assertThat(rules(strict, "WIP on parser")).isEmpty();
    assertThat(rules(strict, "Initial Commit")).isEmpty();
    assertThat(rules(strict, "WIPE")).containsExactly("type-empty:error");
  }

  @Test
  void commitizenPreset() {
    CommitLinter cz = new CommitLinter(CommitLintConfig.preset("commitizen"));
    assertThat(rules(cz, "bump: version 1.0.0 → 1.1.0")).isEmpty();
    assertThat(rules(cz, "feat: Capitalised And Ending.")).isEmpty();
    assertThat(rules(cz, "feat(my scope): x")).containsExactly("header-pattern:error");
    assertThat(rules(cz, "feat: x\nbody")).containsExactly("body-leading-blank:error");
    // one finding per message, as cz check reports one
    assertThat(rules(cz, "bugfix: x")).containsExactly("header-pattern:error");
    assertThat(rules(cz, "update stuff")).containsExactly("header-pattern:error");
    assertThat(rules(cz, "feat:")).containsExactly("header-pattern:error");
    assertThat(cz.lint("a", "", 1)).extracting(Finding::ruleId).containsExactly("header-pattern");
    // cz check's allowed prefixes, matched as it matches them (case-sensitive, no parents)
    assertThat(cz.lint("a", "Merge stuff", 1)).isEmpty();
    assertThat(cz.lint("a", "Pull request #3: x", 1)).isEmpty();
    assertThat(cz.lint("a", "Reverted it", 1)).isEmpty();
    assertThat(cz.lint("a", "revert it", 1)).isNotEmpty();
    assertThat(cz.lint("a", "a real merge", 2)).isNotEmpty();
    assertThat(cz.lint("a", "v1.2.3", 1)).isNotEmpty();
    assertThat(cz.lint("a", "fixup! x", 1)).isEmpty();
    assertThat(cz.lint("a", "fix:  two spaces", 1)).isEmpty();
    assertThat(cz.lint("a", "Feat: x", 1)).isNotEmpty();
    assertThat(cz.lint("fxi: handle it").get(0).hint()).contains("'fix: handle it'");
    assertThat(rules(DEFAULT, "bump: version 1.0.0 → 1.1.0")).containsExactly("type-enum:error");
  }

  @Test
  void ruleSettingSyntax() {
    RuleSetting d = RuleSetting.never(RuleLevel.ERROR, ".");
    assertThat(RuleSetting.parse("warn", d)).isEqualTo(RuleSetting.never(RuleLevel.WARN, "."));
    assertThat(RuleSetting.parse("2:always:!", d))
        .isEqualTo(RuleSetting.always(RuleLevel.ERROR, "!"));
    assertThat(RuleSetting.parse("error:x:y", d))
        .isEqualTo(RuleSetting.never(RuleLevel.ERROR, "x:y"));
    assertThat(RuleSetting.parse("off:never", d)).isEqualTo(RuleSetting.never(RuleLevel.OFF, "."));
    assertThat(RuleSetting.always(RuleLevel.WARN, "5").toString()).isEqualTo("warn:always:5");
  }

  @Test
  void everyRuleHasADefaultInEveryPreset() {
    for (String preset : List.of("conventional", "commitizen")) {
      assertThat(CommitLintConfig.preset(preset).rules().keySet())
          .containsExactlyInAnyOrderElementsOf(CommitRule.ids());
    }
  }

  @Test
  void severityFollowsLevel() {
    assertThat(DEFAULT.lint("feat: x\nbody").get(0).severity()).isEqualTo(Severity.WARN);
  }

  @Test
  void commitLintFindingsMaskATokenInTheHeader() {
    String token = "ghp_" + "R8mKq2vXw7NpL4tYc9ZbH3sJd6FgA1eUo5Ti";
    CommitLinter linter = new CommitLinter(CommitLintConfig.conventional());
    List<Finding> findings = linter.lint("Added " + token + " to the build.");
    assertThat(findings).isNotEmpty();
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f.message()).doesNotContain(token.substring(4));
              assertThat(f.hint()).doesNotContain(token.substring(4));
            });
  }
}
