package dev.tollgate.core.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The version policy table: every preset, with and without the 0.x rules, final and pre-release,
 * from the previous tags and the commits since the last final release to the next version.
 */
class VersionCalculatorTest {

  @ParameterizedTest(
      name = "[{index}] {0} latest={1} final={2} {3} mvz={4} patchPreMajor={5} pre={6} -> {7}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # preset    | latest     | last final | commits since last final  | mvz   | pPM   | pre | next
          CONVENTIONAL | 1.2.3      | 1.2.3      | fix: a                    | true  | false | -   | 1.2.4
          CONVENTIONAL | 1.2.3      | 1.2.3      | feat: a;fix: b            | true  | false | -   | 1.3.0
          CONVENTIONAL | 1.2.3      | 1.2.3      | feat!: a;fix: b           | true  | false | -   | 2.0.0
          CONVENTIONAL | 1.2.3      | 1.2.3      | refactor: a               | true  | false | -   | none
          CONVENTIONAL | 1.2.3      | 1.2.3      | refactor!: a              | true  | false | -   | 2.0.0
          COMMITIZEN   | 1.2.3      | 1.2.3      | refactor: a               | true  | false | -   | 1.2.4
          COMMITIZEN   | 1.2.3      | 1.2.3      | feat: a                   | true  | false | -   | 1.3.0
          COMMITIZEN   | 1.2.3      | 1.2.3      | docs!: a                  | true  | false | -   | 2.0.0
          COMMITIZEN   | 1.2.3      | 1.2.3      | docs: a                   | true  | false | -   | none
          # 0.x: breaking -> minor with majorVersionZero; feat -> patch with bumpPatchForMinorPreMajor
          CONVENTIONAL | 0.4.1      | 0.4.1      | feat!: a                  | true  | false | -   | 0.5.0
          CONVENTIONAL | 0.4.1      | 0.4.1      | feat!: a                  | false | false | -   | 1.0.0
          CONVENTIONAL | 0.4.1      | 0.4.1      | feat: a                   | true  | false | -   | 0.5.0
          CONVENTIONAL | 0.4.1      | 0.4.1      | feat: a                   | true  | true  | -   | 0.4.2
          CONVENTIONAL | 0.4.1      | 0.4.1      | feat!: a                  | true  | true  | -   | 0.5.0
          CONVENTIONAL | 0.4.1      | 0.4.1      | fix: a                    | true  | true  | -   | 0.4.2
          COMMITIZEN   | 0.4.1      | 0.4.1      | refactor!: a              | true  | false | -   | 0.5.0
          COMMITIZEN   | 0.4.1      | 0.4.1      | refactor!: a              | false | false | -   | 1.0.0
          COMMITIZEN   | 0.4.1      | 0.4.1      | feat: a                   | false | true  | -   | 0.4.2
          CONVENTIONAL | 1.4.1      | 1.4.1      | feat: a                   | true  | true  | -   | 1.5.0
          # pre-release series: start, continue, bigger bump moves the base, change label, finalise
          CONVENTIONAL | 1.2.3      | 1.2.3      | feat: a                   | true  | false | rc  | 1.3.0-rc.1
          CONVENTIONAL | 1.3.0-rc.1 | 1.2.3      | feat: a;fix: b            | true  | false | rc  | 1.3.0-rc.2
          CONVENTIONAL | 1.3.0-rc.9 | 1.2.3      | feat: a;fix: b            | true  | false | rc  | 1.3.0-rc.10
          CONVENTIONAL | 1.3.0-rc.2 | 1.2.3      | feat: a;feat!: b          | true  | false | rc  | 2.0.0-rc.1
          CONVENTIONAL | 1.3.0-rc.2 | 1.2.3      | feat: a;fix: b            | true  | false | beta| refused
          CONVENTIONAL | 1.3.0-rc.2 | 1.2.3      | feat: a;fix: b            | true  | false | sp  | 1.3.0-sp.1
          CONVENTIONAL | 1.3.0-rc.2 | 1.2.3      | feat: a;fix: b            | true  | false | -   | 1.3.0
          CONVENTIONAL | 1.2.4-rc.1 | 1.2.3      | fix: a;feat: b            | true  | false | -   | 1.3.0
          COMMITIZEN   | 1.2.4-rc.1 | 1.2.3      | refactor: a;fix: b        | true  | false | rc  | 1.2.4-rc.2
          COMMITIZEN   | 1.2.4-rc.1 | 1.2.3      | refactor: a;fix: b        | true  | false | -   | 1.2.4
          CONVENTIONAL | 0.3.0-rc.1 | 0.2.0      | feat!: a                  | true  | false | rc  | 0.3.0-rc.2
          CONVENTIONAL | 0.3.0-rc.1 | 0.2.0      | feat!: a                  | false | false | rc  | 1.0.0-rc.1
          CONVENTIONAL | 0.3.0-rc.1 | 0.2.0      | feat!: a                  | true  | false | -   | 0.3.0
          # only pre-releases so far
          CONVENTIONAL | 1.0.0-rc.1 | -          | fix: a                    | true  | false | rc  | 1.0.0-rc.2
          CONVENTIONAL | 1.0.0-rc.1 | -          | fix: a                    | true  | false | -   | 1.0.0
          # first release: the initial version (0.1.0 here)
          CONVENTIONAL | -          | -          | feat: a                   | true  | false | -   | 0.1.0
          CONVENTIONAL | -          | -          | feat: a                   | true  | false | rc  | 0.1.0-rc.1
          CONVENTIONAL | -          | -          | chore: a                  | true  | false | -   | none
          COMMITIZEN   | -          | -          | refactor: a               | true  | false | -   | 0.1.0
          """)
  void policyTable(
      BumpPreset preset,
      String latest,
      String lastFinal,
      String messages,
      boolean majorVersionZero,
      boolean bumpPatchForMinorPreMajor,
      String preRelease,
      String expected) {
    NextVersionOptions options =
        NextVersionOptions.builder()
            .preset(preset)
            .majorVersionZero(majorVersionZero)
            .bumpPatchForMinorPreMajor(bumpPatchForMinorPreMajor)
            .preRelease(preRelease)
            .build();
    List<ReleaseCommit> commits =
        Arrays.stream(messages.split(";")).map(String::trim).map(TestCommits::commit).toList();
    // in these rows the commits since the latest tag are the last one only when latest is a
    // pre-release; at least one commit follows it either way
    VersionCalculator.State state =
        new VersionCalculator.State(
            version(latest), version(lastFinal), options.policy().levelOf(commits), 1);
    if (expected.equals("refused")) {
      assertThatThrownBy(() -> VersionCalculator.calculate(state, options))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("sorts before")
          .hasMessageContaining("tollgate.release.allowBackwards");
      return;
    }
    VersionCalculator.Calculation result = VersionCalculator.calculate(state, options);
    if (expected.equals("none")) {
      assertThat(result.next()).isEmpty();
      assertThat(result.reason()).contains("no release-worthy commits");
    } else {
      assertThat(result.next()).map(Object::toString).contains(expected);
    }
  }

  @Test
  void forcedIncrementExplicitVersionAndBuildMetadata() {
    VersionCalculator.State state =
        new VersionCalculator.State(
            SemanticVersion.parse("1.2.3"), SemanticVersion.parse("1.2.3"), BumpLevel.NONE, 3);
    assertThat(next(state, NextVersionOptions.builder().increment(BumpLevel.MAJOR)))
        .isEqualTo("2.0.0");
    assertThat(next(state, NextVersionOptions.builder().increment(BumpLevel.PATCH)))
        .isEqualTo("1.2.4");
    assertThat(next(state, NextVersionOptions.builder().explicitVersion("v5.0.0")))
        .isEqualTo("5.0.0");
    assertThat(
            next(
                state,
                NextVersionOptions.builder()
                    .increment(BumpLevel.MINOR)
                    .preRelease("beta")
                    .buildMetadata("sha.1a2b3c4")))
        .isEqualTo("1.3.0-beta.1+sha.1a2b3c4");
  }

  @Test
  void downgradesAndBackwardsLabelsAreRefusedUnlessAllowed() {
    VersionCalculator.State state =
        new VersionCalculator.State(
            SemanticVersion.parse("1.1.0"), SemanticVersion.parse("1.1.0"), BumpLevel.PATCH, 2);
    assertThatThrownBy(
            () ->
                VersionCalculator.calculate(
                    state, NextVersionOptions.builder().explicitVersion("1.0.0").build()))
        .hasMessageContaining("1.0.0 is below the previous release 1.1.0")
        .hasMessageContaining("tollgate.release.version");
    assertThat(
            next(state, NextVersionOptions.builder().explicitVersion("1.0.0").allowBackwards(true)))
        .isEqualTo("1.0.0");
    VersionCalculator.State rc =
        new VersionCalculator.State(
            SemanticVersion.parse("1.3.0-rc.1"),
            SemanticVersion.parse("1.2.0"),
            BumpLevel.MINOR,
            1);
    assertThat(next(rc, NextVersionOptions.builder().preRelease("beta").allowBackwards(true)))
        .isEqualTo("1.3.0-beta.1");
  }

  @Test
  void noCommitsSinceTheLatestTagIsNoRelease() {
    VersionCalculator.State state =
        new VersionCalculator.State(
            SemanticVersion.parse("1.2.3"), SemanticVersion.parse("1.2.3"), BumpLevel.NONE, 0);
    VersionCalculator.Calculation result =
        VersionCalculator.calculate(state, NextVersionOptions.defaults());
    assertThat(result.next()).isEmpty();
    assertThat(result.reason()).isEqualTo("no commits since 1.2.3");
  }

  @Test
  void finalReleaseRightOnAPreReleaseTagConsolidatesTheSeries() {
    VersionCalculator.State state =
        new VersionCalculator.State(
            SemanticVersion.parse("1.3.0-rc.2"),
            SemanticVersion.parse("1.2.3"),
            BumpLevel.MINOR,
            0);
    assertThat(next(state, NextVersionOptions.builder())).isEqualTo("1.3.0");
    VersionCalculator.Calculation again =
        VersionCalculator.calculate(state, NextVersionOptions.builder().preRelease("rc").build());
    assertThat(again.next()).isEmpty();
  }

  @Test
  void initialVersionIsConfigurable() {
    VersionCalculator.State state = new VersionCalculator.State(null, null, BumpLevel.PATCH, 4);
    assertThat(
            next(
                state,
                NextVersionOptions.builder()
                    .initialVersion(SemanticVersion.parse("1.0.0-SNAPSHOT").release())))
        .isEqualTo("1.0.0");
  }

  private static String next(VersionCalculator.State state, NextVersionOptions.Builder options) {
    return VersionCalculator.calculate(state, options.build()).next().orElseThrow().toString();
  }

  private static SemanticVersion version(String text) {
    return text == null ? null : SemanticVersion.parse(text);
  }
}
