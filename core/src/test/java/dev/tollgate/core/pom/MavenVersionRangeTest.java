package dev.tollgate.core.pom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class MavenVersionRangeTest {

  private static final String WRAPPER =
      "distributionUrl=https\\://example.invalid/maven2/org/apache/maven/apache-maven/3.8.8/"
          + "apache-maven-3.8.8-bin.zip\n";

  private static final Location POM = Location.file("pom.xml", 31, 17);

  @Test
  void comparesAsMavenDoes() {
    assertThat(MavenVersionRange.compare("3.9", "3.9.0")).isZero();
    assertThat(MavenVersionRange.compare("3.9.11", "3.9.9")).isPositive();
    assertThat(MavenVersionRange.compare("3.10.0", "3.9.11")).isPositive();
    assertThat(MavenVersionRange.compare("4.0.0-rc-7", "4.0.0")).isNegative();
    assertThat(MavenVersionRange.compare("4.0.0-rc-7", "4.0.0-beta-5")).isPositive();
    assertThat(MavenVersionRange.compare("4.0.0-alpha-13", "4.0.0-beta-1")).isNegative();
    assertThat(MavenVersionRange.compare("4.0.0-rc-7", "3.9.11")).isPositive();
    assertThat(MavenVersionRange.compare("3.9.0-SNAPSHOT", "3.9.0")).isNegative();
    assertThat(MavenVersionRange.compare("3.9.0-SNAPSHOT", "3.9.0-rc-1")).isPositive();
  }

  @Test
  void plainVersionIsAMinimum() {
    MavenVersionRange min = MavenVersionRange.parse("3.6.3");
    assertThat(min.contains("3.6.3")).isTrue();
    assertThat(min.contains("3.9.11")).isTrue();
    assertThat(min.contains("4.0.0-rc-7")).isTrue();
    assertThat(min.contains("3.6.2")).isFalse();
    assertThat(min.exactVersion()).isNull();
  }

  @Test
  void rangesWithOpenAndClosedBounds() {
    MavenVersionRange atLeast = MavenVersionRange.parse("[3.9,)");
    assertThat(atLeast.contains("3.9.0")).isTrue();
    assertThat(atLeast.contains("3.8.8")).isFalse();
    MavenVersionRange below = MavenVersionRange.parse("(,4.0)");
    assertThat(below.contains("3.9.11")).isTrue();
    assertThat(below.contains("4.0")).isFalse();
    assertThat(below.contains("4.0.0-rc-7")).isTrue(); // a pre-release sorts below its release
    MavenVersionRange between = MavenVersionRange.parse("(3.8.1, 3.9.11]");
    assertThat(between.contains("3.8.1")).isFalse();
    assertThat(between.contains("3.8.2")).isTrue();
    assertThat(between.contains("3.9.11")).isTrue();
    assertThat(between.contains("3.9.12")).isFalse();
  }

  @Test
  void unionAndExactVersion() {
    MavenVersionRange union = MavenVersionRange.parse("[3.6,3.7),[3.9,)");
    assertThat(union.contains("3.6.3")).isTrue();
    assertThat(union.contains("3.8.8")).isFalse();
    assertThat(union.contains("3.9.11")).isTrue();
    MavenVersionRange exact = MavenVersionRange.parse("[3.9.11]");
    assertThat(exact.exactVersion()).isEqualTo("3.9.11");
    assertThat(exact.contains("3.9.11")).isTrue();
    assertThat(exact.contains("3.9.10")).isFalse();
  }

  @Test
  void malformedRangesSayWhatIsWrong() {
    assertThatThrownBy(() -> MavenVersionRange.parse("[3.9,"))
        .hasMessageContaining("'[3.9,' is not a Maven version range (a range is not closed");
    assertThatThrownBy(() -> MavenVersionRange.parse("[4.0,3.9]"))
        .hasMessageContaining("the lower bound is above the upper bound");
    assertThatThrownBy(() -> MavenVersionRange.parse("[,4.0)"))
        .hasMessageContaining("an open bound is written with ( or )");
    assertThatThrownBy(() -> MavenVersionRange.parse("3.9,4.0"))
        .hasMessageContaining("a range starts with [ or (");
    assertThatThrownBy(() -> MavenVersionRange.parse(" ")).hasMessageContaining("empty");
  }

  @Test
  void wrapperOutsideTheRangeIsReportedAtTheWrapper() {
    List<Finding> out =
        MavenWrapperCheck.requirements(
            List.of(new MavenRequirement("[3.9,)", POM, Severity.ERROR)), WRAPPER, null, "3.9.11");
    assertThat(out)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo(MavenWrapperCheck.RANGE_RULE);
              assertThat(f.location()).isEqualTo(Location.file(MavenWrapperCheck.PATH, 1, 1));
              assertThat(f.message())
                  .isEqualTo(
                      "Maven: the wrapper runs 3.8.8, which requireMavenVersion [3.9,)"
                          + " (pom.xml:31:17) rejects");
              assertThat(f.hint()).contains("one in [3.9,)");
            });
    // the running Maven does not matter when a wrapper names the version
    assertThat(
            MavenWrapperCheck.requirements(
                List.of(new MavenRequirement("[3.8,3.9)", POM, Severity.ERROR)),
                WRAPPER,
                null,
                "3.9.11"))
        .isEmpty();
  }

  @Test
  void withoutWrapperTheRunningMavenIsJudgedAtTheRule() {
    List<MavenRequirement> rules = List.of(new MavenRequirement("[4.0.0,)", POM, Severity.WARN));
    assertThat(MavenWrapperCheck.requirements(rules, null, null, "3.9.11"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo(POM);
              assertThat(f.severity()).isEqualTo(Severity.WARN);
              assertThat(f.message())
                  .isEqualTo(
                      "Maven: 3.9.11 runs this build, which requireMavenVersion [4.0.0,) rejects");
            });
    assertThat(MavenWrapperCheck.requirements(rules, null, null, "4.0.0")).isEmpty();
  }

  @Test
  void policyOutsideTheRangeIsReportedAtThePolicy() {
    Location policyLine = Location.file(".mvn/tollgate-pins.properties", 2, 1);
    List<Finding> out =
        MavenWrapperCheck.requirements(
            List.of(new MavenRequirement("[3.9,)", POM, Severity.ERROR)),
            null,
            new PinPolicy.RequiredVersion("3.8.8", policyLine),
            "3.9.11");
    assertThat(out)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo(policyLine);
              assertThat(f.message())
                  .isEqualTo(
                      "Maven: the policy requires 3.8.8, which requireMavenVersion [3.9,)"
                          + " (pom.xml:31:17) rejects");
            });
  }

  @Test
  void malformedRuleIsOneFindingAtTheRule() {
    assertThat(
            MavenWrapperCheck.requirements(
                List.of(new MavenRequirement("[3.9", POM, Severity.ERROR)), WRAPPER, null, ""))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo(POM);
              assertThat(f.message()).startsWith("enforcer requireMavenVersion: '[3.9' is not");
            });
  }

  @Test
  void anExactRuleStandsInForTheWrapper() {
    assertThat(
            MavenWrapperCheck.pinnedBy(
                List.of(
                    new MavenRequirement("[3.9,)", POM, Severity.ERROR),
                    new MavenRequirement("[3.9.11]", POM, Severity.ERROR))))
        .isEqualTo("3.9.11");
    assertThat(
            MavenWrapperCheck.pinnedBy(
                List.of(new MavenRequirement("[3.9,)", POM, Severity.ERROR))))
        .isNull();
  }
}
