package dev.tollgate.core.commits;

import static dev.tollgate.core.testing.TestSettings.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.settings.InvalidSettingException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitLintConfigSettingsTest {

  private final List<String> warnings = new ArrayList<>();

  private CommitLintConfig from(String... keyValues) {
    return CommitLintConfig.from(settings(keyValues), warnings::add);
  }

  @Test
  void readsTheDocumentedPropertyNames() {
    CommitLintConfig c =
        from(
            "tollgate.commits.preset",
            "commitizen",
            "tollgate.commits.rules",
            "header-max-length=warn:50\nsubject-case=off",
            "tollgate.commits.rules.scope-enum",
            "error:core",
            "tollgate.commits.ignoreFixups",
            "false",
            "tollgate.commits.ignorePatterns",
            "^WIP\n\n(?i)^initial commit$\n",
            "tollgate.unrelated",
            "x");
    assertThat(c.preset()).isEqualTo("commitizen");
    assertThat(c.rules().get("header-max-length"))
        .isEqualTo(RuleSetting.always(RuleLevel.WARN, "50"));
    assertThat(c.rules().get("subject-case").level()).isEqualTo(RuleLevel.OFF);
    assertThat(c.rules().get("scope-enum").level()).isEqualTo(RuleLevel.ERROR);
    assertThat(c.ignores())
        .isEqualTo(
            new Ignores(
                true,
                true,
                false,
                List.of("^WIP", "(?i)^initial commit$"),
                false,
                false,
                Ignores.Texts.COMMITIZEN));
    assertThat(warnings).isEmpty();
  }

  @Test
  void nothingSetIsTheConventionalPreset() {
    assertThat(from()).isEqualTo(CommitLintConfig.conventional());
  }

  @Test
  void booleansAreTrueOrFalseOnly() {
    assertThatThrownBy(() -> from("tollgate.commits.ignoreReverts", "yes"))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("tollgate.commits.ignoreReverts: 'yes' is not a boolean; use true or false");
    assertThatThrownBy(() -> from("tollgate.commits.ignoreMerges", "yes"))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage(
            "tollgate.commits.ignoreMerges: unknown value 'yes'; use one of: true, false, text");
  }

  @Test
  void mergesByTextOnlyAsCommitlint() {
    Ignores text = from("tollgate.commits.ignoreMerges", "text").ignores();
    assertThat(text.merges()).isTrue();
    assertThat(text.mergesByParents()).isFalse();
    CommitLinter linter = new CommitLinter(CommitLintConfig.conventional().withIgnores(text));
    assertThat(linter.lint("a", "reset next branch (#4202)", 2)).isNotEmpty();
    assertThat(linter.lint("a", "Merge branch 'x'", 2)).isEmpty();
    assertThat(new CommitLinter(CommitLintConfig.conventional()).lint("a", "reset it", 2))
        .isEmpty();
    assertThat(from("tollgate.commits.ignoreVersions", "false").ignores().versions()).isFalse();
  }

  @Test
  void deprecatedLevelSpellingsStillWorkWithAWarning() {
    CommitLintConfig c = from("tollgate.commits.rules", "header-max-length=2:50");
    assertThat(c.rules().get("header-max-length").level()).isEqualTo(RuleLevel.ERROR);
    assertThat(warnings)
        .containsExactly(
            "tollgate.commits.rules: level '2' of header-max-length is deprecated; write error"
                + " (levels are off, warn, error)");
  }

  @Test
  void mistakesNameTheProperty() {
    assertThatThrownBy(() -> from("tollgate.commits.rules", "nope=error"))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageStartingWith("tollgate.commits.rules: unknown commit rule 'nope'");
    assertThatThrownBy(() -> from("tollgate.commits.rules", "header-max-length"))
        .hasMessageStartingWith("tollgate.commits.rules: 'header-max-length' must be id=level");
    assertThatThrownBy(() -> from("tollgate.commits.preset", "angular"))
        .hasMessageStartingWith("tollgate.commits.preset: unknown value 'angular'");
    assertThatThrownBy(() -> from("tollgate.commits.ignorePatterns", "("))
        .hasMessageStartingWith("tollgate.commits.ignorePatterns: ");
  }

  @Test
  void scopesFromModulesJoinScopeEnum() {
    CommitLintConfig c =
        from("tollgate.commits.scopes", "modules", "tollgate.commits.moduleNames", "core,web");
    assertThat(c.rules().get("scope-enum"))
        .isEqualTo(RuleSetting.always(RuleLevel.ERROR, "core,web"));
    CommitLinter linter = new CommitLinter(c);
    assertThat(linter.lint("feat(core): add it")).isEmpty();
    assertThat(linter.lint("fix(web,core): both")).isEmpty();
    assertThat(linter.lint("fix: no scope")).isEmpty();
    assertThat(linter.lint("fix(api): not a module"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("scope-enum");
              assertThat(f.message()).contains("[core, web]");
            });

    CommitLintConfig listed =
        from(
            "tollgate.commits.scopes",
            "MODULES",
            "tollgate.commits.moduleNames",
            "core,web",
            "tollgate.commits.rules",
            "scope-enum=warn:deps,core");
    assertThat(listed.rules().get("scope-enum"))
        .isEqualTo(RuleSetting.always(RuleLevel.WARN, "deps,core,web"));
  }

  @Test
  void scopesFromModulesNeedTheRecordedNames() {
    assertThatThrownBy(() -> from("tollgate.commits.scopes", "modules"))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("tollgate.commits.scopes")
        .hasMessageContaining("quality:install-hooks");
    assertThatThrownBy(() -> from("tollgate.commits.scopes", "packages"))
        .hasMessageContaining("tollgate.commits.scopes")
        .hasMessageContaining("modules");
    assertThat(from("tollgate.commits.scopes", "modules", "tollgate.commits.moduleNames", ""))
        .isEqualTo(CommitLintConfig.conventional());
    assertThat(warnings).singleElement().asString().contains("no modules");
  }
}
