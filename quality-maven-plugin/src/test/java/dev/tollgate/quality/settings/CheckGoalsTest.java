package dev.tollgate.quality.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckGoalsTest {

  private static final List<String> GOALS =
      List.of(
          "pins",
          "commits",
          "files",
          "files-fix",
          "branch",
          "check",
          "help",
          "install-hooks",
          "commit-msg");
  private static final Set<String> QUALITY =
      Set.of("pins", "commits", "files", "files-fix", "branch", "commit-msg");

  private static List<String> select(Map<String, String> settings) {
    return CheckGoals.select(GOALS, QUALITY::contains, Settings.of(settings));
  }

  @Test
  void byDefaultEveryQualityGoalThatChangesNothingAndStandsInABuild() {
    assertThat(select(Map.of())).containsExactly("commits", "files", "pins");
  }

  @Test
  void goalsAndExcludesChooseExactly() {
    assertThat(select(Map.of("tollgate.check.goals", "branch,files-fix,pins")))
        .containsExactly("branch", "files-fix", "pins");
    assertThat(select(Map.of("tollgate.check.excludes", "pins")))
        .containsExactly("commits", "files");
    assertThat(select(Map.of("tollgate.check.goals", "check,commits"))).containsExactly("commits");
  }

  @Test
  void anUnknownGoalIsAnErrorNamingTheSetting() {
    assertThatThrownBy(() -> select(Map.of("tollgate.check.goals", "comits")))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageStartingWith("tollgate.check.goals: names 'comits'");
  }
}
