package dev.tollgate.core.pom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.report.Location;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionPinTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3.13.0|EXACT",
        "0.9.0.M4|EXACT",
        "7.3.0.202506031305-r|EXACT",
        "[3.13.0]|EXACT",
        "[1.0,2.0)|RANGE",
        "(,1.0]|RANGE",
        "[1.0,)|RANGE",
        "[1.0,1.2),[1.3,2.0)|RANGE",
        "LATEST|DYNAMIC",
        "RELEASE|DYNAMIC",
        "1.0-SNAPSHOT|SNAPSHOT",
        "2.5.1-snapshot|SNAPSHOT",
        "1.0-20240101.123456-7|TIMESTAMPED_SNAPSHOT",
        "${x.version}|PROPERTY",
        "1.${minor}|PROPERTY",
        "'  '|MISSING"
      })
  void classifies(String text, VersionPin expected) {
    assertThat(VersionPin.classify(text)).isEqualTo(expected);
  }

  @Test
  void missingWhenNull() {
    assertThat(VersionPin.classify(null)).isEqualTo(VersionPin.MISSING);
    assertThat(VersionPin.classify(null).pinned()).isFalse();
    assertThat(VersionPin.classify("1.2.3").pinned()).isTrue();
  }

  @Test
  void resolvesNestedPropertiesAndRecordsTheChain() {
    Map<String, PropertyDefinition> props =
        Map.of(
            "a", new PropertyDefinition("a", "${b}", Location.file("pom.xml", 10, 5)),
            "b", new PropertyDefinition("b", "[1,2)", Location.file("pom.xml", 11, 5)));
    PropertyResolution r = PropertyResolution.resolve("${a}", props);
    assertThat(r.value()).isEqualTo("[1,2)");
    assertThat(r.used()).extracting(PropertyDefinition::name).containsExactly("a", "b");
    assertThat(VersionPin.classify(r.value())).isEqualTo(VersionPin.RANGE);
  }

  @Test
  void reportsTheUndefinedAndTheCircularProperty() {
    assertThat(PropertyResolution.resolve("${nope}", Map.of()).undefined()).isEqualTo("nope");
    Map<String, PropertyDefinition> loop =
        Map.of("x", new PropertyDefinition("x", "${x}", Location.nowhere()));
    PropertyResolution r = PropertyResolution.resolve("${x}", loop);
    assertThat(r.resolved()).isFalse();
    assertThat(r.undefined()).isEqualTo("x");
  }
}
