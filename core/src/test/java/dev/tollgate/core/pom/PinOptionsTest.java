package dev.tollgate.core.pom;

import static dev.tollgate.core.testing.TestSettings.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.report.Severity;
import dev.tollgate.core.settings.InvalidSettingException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinOptionsTest {

  private final List<String> warnings = new ArrayList<>();

  private PinOptions parse(String... keyValues) {
    return PinOptions.from(settings(keyValues), warnings::add);
  }

  @Test
  void defaults() {
    PinOptions o = parse();
    assertThat(o.skip()).isFalse();
    assertThat(o.checkDependencies()).isFalse();
    assertThat(o.allProfiles()).isFalse();
    assertThat(o.requireChecksum()).isTrue();
    assertThat(o.missingWrapper()).isEqualTo(Severity.WARN);
    assertThat(o.policyFile()).isEqualTo(".mvn/tollgate-pins.properties");
    assertThat(o.policyFileRequired()).isFalse();
    assertThat(o.policy()).isEqualTo(PinPolicy.none());
    assertThat(warnings).isEmpty();
  }

  @Test
  void aBooleanIsTrueOrFalseElseAnErrorNamingTheProperty() {
    assertThat(parse(PinOptions.CHECK_DEPENDENCIES, "TRUE").checkDependencies()).isTrue();
    assertThatThrownBy(() -> parse(PinOptions.CHECK_DEPENDENCIES, "yes"))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("tollgate.pins.checkDependencies: 'yes' is not a boolean; use true or false");
    assertThatThrownBy(() -> parse(PinOptions.SKIP, "1"))
        .hasMessageStartingWith("tollgate.pins.skip:");
  }

  @Test
  void listsHoldOneEntryPerLine() {
    PinOptions o =
        parse(
            PinOptions.REQUIRED_VERSIONS,
            "a:b=1.0\n c:d = 2.0 ",
            PinOptions.BANNED_PLUGINS,
            "x:evil=runs code, anywhere",
            PinOptions.ALLOW_SNAPSHOTS,
            "com.acme:*\norg.x:tool");
    assertThat(o.policy().required()).containsOnlyKeys("a:b", "c:d");
    assertThat(o.policy().required().get("c:d").version()).isEqualTo("2.0");
    assertThat(o.policy().banned()).containsEntry("x:evil", "runs code, anywhere");
    assertThat(o.policy().snapshotAllowed("com.acme:tool")).isTrue();
    assertThat(o.policy().snapshotAllowed("org.x:tool")).isTrue();
    assertThat(o.policy().snapshotAllowed("org.x:other")).isFalse();
  }

  @Test
  void aMalformedEntryNamesTheParameter() {
    assertThatThrownBy(() -> parse(PinOptions.REQUIRED_VERSIONS, "a:b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "requiredVersions (tollgate.pins.requiredVersions) entry 'a:b' is not of the form"
                + " groupId:artifactId=version: add the version after '='");
    assertThatThrownBy(() -> parse(PinOptions.IGNORE, "org.x:*"))
        .hasMessageContaining("ignore (tollgate.pins.ignore) entry 'org.x:*'")
        .hasMessageContaining("groupId:artifactId=reason: add the reason after '='");
    assertThatThrownBy(() -> parse(PinOptions.BANNED_PLUGINS, "tool"))
        .hasMessageContaining("entry 'tool' is not of the form groupId:artifactId[=reason]");
  }

  @Test
  void theOldAllowedSnapshotsSpellingWorksWithAWarning() {
    PinOptions o = parse(PinOptions.ALLOWED_SNAPSHOTS_DEPRECATED, "com.acme:*");
    assertThat(o.policy().snapshotAllowed("com.acme:tool")).isTrue();
    assertThat(warnings)
        .containsExactly(
            "tollgate.pins.allowedSnapshots is deprecated; use tollgate.pins.allowSnapshots (same"
                + " values)");
  }

  @Test
  void theNewSpellingWinsOverTheOld() {
    PinOptions o =
        parse(
            PinOptions.ALLOWED_SNAPSHOTS_DEPRECATED, "old:*", PinOptions.ALLOW_SNAPSHOTS, "new:*");
    assertThat(o.policy().snapshotAllowed("new:x")).isTrue();
    assertThat(o.policy().snapshotAllowed("old:x")).isFalse();
    assertThat(warnings).singleElement().asString().contains("ignored");
  }

  private Severity missingWrapper(String value) {
    return parse(PinOptions.MISSING_WRAPPER, value).missingWrapper();
  }

  @Test
  void missingWrapperSpeaksOffWarnError() {
    assertThat(missingWrapper("off")).isNull();
    assertThat(missingWrapper("warn")).isEqualTo(Severity.WARN);
    assertThat(missingWrapper("ERROR")).isEqualTo(Severity.ERROR);
    assertThat(warnings).isEmpty();
    assertThatThrownBy(() -> parse(PinOptions.MISSING_WRAPPER, "loud"))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("tollgate.pins.missingWrapper: unknown level 'loud'; use off, warn or error");
  }

  @Test
  void missingWrapperOldSpellingsWorkWithAWarning() {
    assertThat(missingWrapper("ignore")).isNull();
    assertThat(missingWrapper("info")).isEqualTo(Severity.INFO);
    assertThat(missingWrapper("warning")).isEqualTo(Severity.WARN);
    assertThat(warnings)
        .containsExactly(
            "tollgate.pins.missingWrapper=ignore is deprecated; use off",
            "tollgate.pins.missingWrapper=info is deprecated; use warn or off",
            "tollgate.pins.missingWrapper=warning is deprecated; use warn");
  }

  @Test
  void anExplicitPolicyFileIsRequired() {
    PinOptions o = parse(PinOptions.POLICY_FILE, "policy/pins.properties");
    assertThat(o.policyFile()).isEqualTo("policy/pins.properties");
    assertThat(o.policyFileRequired()).isTrue();
  }
}
