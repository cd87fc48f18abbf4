package dev.tollgate.core.pom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoalPrefixTest {

  private static final String APACHE = "org.apache.maven.plugins:maven-release-plugin";
  private static final String TOLLGATE = GoalPrefix.TOLLGATE_RELEASE;

  @Test
  void prefixesFollowMavensNamingConvention() {
    assertThat(GoalPrefix.of("maven-release-plugin")).isEqualTo("release");
    assertThat(GoalPrefix.of("release-maven-plugin")).isEqualTo("release");
    assertThat(GoalPrefix.of("quality-maven-plugin")).isEqualTo("quality");
    assertThat(GoalPrefix.of("tycho")).isEqualTo("tycho");
  }

  @Test
  void onlyInPluginManagementIsEnoughWhenNothingElseClaimsThePrefix() {
    assertThat(GoalPrefix.releaseWarning(List.of(), List.of(TOLLGATE))).isEmpty();
    assertThat(
            GoalPrefix.releaseWarning(List.of("org.example:other-maven-plugin"), List.of(TOLLGATE)))
        .isEmpty();
  }

  @Test
  void anInheritedApachePluginBeforeTollgateWins() {
    assertThat(GoalPrefix.releaseWarning(List.of(APACHE, TOLLGATE), List.of()))
        .get()
        .asString()
        .contains("runs " + APACHE + " (first with that prefix in the effective <build><plugins>");
  }

  @Test
  void anApachePluginInBuildPluginsBeatsTollgateInPluginManagement() {
    assertThat(GoalPrefix.releaseWarning(List.of(APACHE), List.of(TOLLGATE))).isPresent();
    assertThat(GoalPrefix.releaseWarning(List.of(), List.of(APACHE, TOLLGATE)))
        .get()
        .asString()
        .contains("effective <pluginManagement>");
    assertThat(GoalPrefix.releaseWarning(List.of(), List.of(TOLLGATE, APACHE))).isEmpty();
  }

  @Test
  void tollgateFirstInBuildPluginsOrNotConfiguredIsQuiet() {
    assertThat(GoalPrefix.releaseWarning(List.of(TOLLGATE, APACHE), List.of())).isEmpty();
    assertThat(GoalPrefix.releaseWarning(List.of(APACHE), List.of(APACHE))).isEmpty();
  }
}
