package dev.tollgate.core.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionSettingsTest {

  @Test
  void readsEveryVersionSettingByItsPropertyName() {
    NextVersionOptions o =
        VersionSettings.options(
            Settings.of(
                Map.of(
                    "tollgate.release.from", "v1.0.0",
                    "tollgate.release.preset", "Commitizen",
                    "tollgate.release.increment", "patch",
                    "tollgate.release.prerelease", "rc",
                    "tollgate.release.bumpTypes", "docs=patch",
                    "tollgate.release.minimumBump", "PATCH",
                    "tollgate.release.majorVersionZero", "false",
                    "tollgate.tagFormat", "@{artifactId}-@{version}")),
            "app",
            "1.4-SNAPSHOT");
    assertThat(o.from()).isEqualTo("v1.0.0");
    assertThat(o.to()).isEqualTo("HEAD");
    assertThat(o.policy().preset()).isEqualTo(BumpPreset.COMMITIZEN);
    assertThat(o.policy().typeLevels()).containsEntry("docs", BumpLevel.PATCH);
    assertThat(o.policy().minimumBump()).isEqualTo(BumpLevel.PATCH);
    assertThat(o.increment()).isEqualTo(BumpLevel.PATCH);
    assertThat(o.preRelease()).isEqualTo("rc");
    assertThat(o.majorVersionZero()).isFalse();
    assertThat(o.tagFormat().tagFor(SemanticVersion.of(1, 2, 3))).isEqualTo("app-1.2.3");
    assertThat(o.initialVersion()).hasToString("1.4.0");
  }

  @Test
  void theOldTagFormatSpellingWorksWithAWarning() {
    List<String> warnings = new ArrayList<>();
    Settings s =
        Settings.of(Map.of("tollgate.release.tagFormat", "@{version}"))
            .withRenamed(VersionSettings.RENAMED, warnings::add);
    assertThat(VersionSettings.tagFormat(s, null).tagFor(SemanticVersion.of(1, 0, 0)))
        .isEqualTo("1.0.0");
    assertThat(warnings)
        .containsExactly(
            "tollgate.release.tagFormat is deprecated; use tollgate.tagFormat (same values)");
  }

  @Test
  void aNonBooleanFailsNamingTheProperty() {
    Settings s = Settings.of(Map.of("tollgate.release.majorVersionZero", "yes"));
    assertThatThrownBy(() -> VersionSettings.options(s, null, null))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("tollgate.release.majorVersionZero: 'yes' is not a boolean; use true or false");
    assertThatThrownBy(
            () ->
                VersionSettings.failOnNoRelease(
                    Settings.of(Map.of("tollgate.release.failOnNoRelease", "1"))))
        .hasMessageStartingWith("tollgate.release.failOnNoRelease:");
  }

  @Test
  void invalidValuesNameTheirProperty() {
    assertThatThrownBy(
            () ->
                VersionSettings.options(
                    Settings.of(Map.of("tollgate.release.preset", "angular")), null, null))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageStartingWith("tollgate.release.preset:");
    assertThatThrownBy(
            () ->
                VersionSettings.options(
                    Settings.of(Map.of("tollgate.tagFormat", "release")), null, null))
        .hasMessageStartingWith("tollgate.tagFormat:");
    assertThatThrownBy(
            () ->
                VersionSettings.options(
                    Settings.of(Map.of("tollgate.release.initialVersion", "1.x")), null, null))
        .hasMessageStartingWith("tollgate.release.initialVersion:");
  }

  @Test
  void initialVersionFollowsThePom() {
    assertThat(VersionSettings.initialVersion(Settings.empty(), "2.3.4-SNAPSHOT"))
        .hasToString("2.3.4");
    assertThat(VersionSettings.initialVersion(Settings.empty(), "3-SNAPSHOT")).hasToString("3.0.0");
    assertThat(VersionSettings.initialVersion(Settings.empty(), "weird")).hasToString("0.1.0");
    assertThat(VersionSettings.initialVersion(Settings.empty(), null)).hasToString("0.1.0");
  }
}
