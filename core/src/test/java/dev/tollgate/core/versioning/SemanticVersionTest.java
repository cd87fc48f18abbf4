package dev.tollgate.core.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticVersionTest {

  @Test
  void parsesEveryPart() {
    SemanticVersion v = SemanticVersion.parse("1.2.3-rc.4+build.7");
    assertThat(v.major()).isEqualTo(1);
    assertThat(v.minor()).isEqualTo(2);
    assertThat(v.patch()).isEqualTo(3);
    assertThat(v.preRelease()).containsExactly("rc", "4");
    assertThat(v.build()).isEqualTo("build.7");
    assertThat(v.preReleaseLabel()).isEqualTo("rc");
    assertThat(v.preReleaseCounter()).isEqualTo(4);
    assertThat(v).hasToString("1.2.3-rc.4+build.7");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2", "1.2.3.4", "01.2.3", "1.2.3-", "1.2.3+", "1.2.3-01", "v1.2.3", ""})
  void rejectsWhatIsNotSemver(String text) {
    assertThat(SemanticVersion.tryParse(text)).isEmpty();
    assertThatThrownBy(() -> SemanticVersion.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a semantic version");
  }

  @Test
  void ordersBySemverPrecedence() {
    List<String> ordered =
        List.of(
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "1.0.1",
            "1.1.0",
            "2.0.0",
            "10.0.0");
    for (int i = 1; i < ordered.size(); i++) {
      SemanticVersion lower = SemanticVersion.parse(ordered.get(i - 1));
      SemanticVersion higher = SemanticVersion.parse(ordered.get(i));
      assertThat(lower).as(lower + " < " + higher).isLessThan(higher);
      assertThat(higher).isGreaterThan(lower);
    }
    assertThat(SemanticVersion.parse("1.0.0+a").compareTo(SemanticVersion.parse("1.0.0+b")))
        .isZero();
  }

  @Test
  void bumpsResetLowerParts() {
    SemanticVersion v = SemanticVersion.parse("1.2.3-rc.1");
    assertThat(v.bump(BumpLevel.MAJOR)).hasToString("2.0.0");
    assertThat(v.bump(BumpLevel.MINOR)).hasToString("1.3.0");
    assertThat(v.bump(BumpLevel.PATCH)).hasToString("1.2.4");
    assertThat(v.bump(BumpLevel.NONE)).hasToString("1.2.3");
  }

  /** SemVer 2.0.0 §11: how identifiers compare; the cases semver4j 5.8.0 got wrong are here too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.0.0-1 < 1.0.0-a", // numeric identifiers have lower precedence than alphanumeric
        "1.0.0-2 < 1.0.0-10", // numeric identifiers compare numerically
        "1.0.0-a10 < 1.0.0-a2", // alphanumeric identifiers compare in ASCII order
        "1.0.0-B < 1.0.0-a",
        "1.0.0-alpha < 1.0.0-alpha.0", // a larger set of identifiers wins when all before are equal
        "1.0.0-rc.99999999999999999999998 < 1.0.0-rc.99999999999999999999999", // beyond long
        "1.0.0-rc.9223372036854775807 < 1.0.0-rc.9223372036854775808",
        "1.0.0-rc.9 < 1.0.0-rc.10000000000000000000000",
      })
  void comparesIdentifiersAsTheSpecSays(String pair) {
    String[] parts = pair.split(" < ");
    SemanticVersion lower = SemanticVersion.parse(parts[0]);
    SemanticVersion higher = SemanticVersion.parse(parts[1]);
    assertThat(lower).isLessThan(higher);
    assertThat(higher).isGreaterThan(lower);
  }

  @ParameterizedTest
  @ValueSource(strings = {"01.0.0", "1.01.0", "1.0.01", "1.0.0-01", "1.0.0-alpha.01", "1.0.0-a..b"})
  void rejectsLeadingZerosAndEmptyIdentifiers(String text) {
    assertThat(SemanticVersion.tryParse(text)).isEmpty();
  }

  @Test
  void ignoresBuildMetadataForPrecedenceButNotForEquality() {
    SemanticVersion a = SemanticVersion.parse("1.0.0+001");
    SemanticVersion b = SemanticVersion.parse("1.0.0+exp.sha.5114f85");
    assertThat(a.compareTo(b)).isZero();
    assertThat(a).isNotEqualTo(b);
    assertThat(SemanticVersion.parse("1.0.0-rc.1+build.1"))
        .isLessThan(SemanticVersion.parse("1.0.0"));
  }
}
