package dev.tollgate.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void booleansAreOnlyTrueOrFalse() {
    Settings s =
        Settings.of(Map.of("tollgate.a", " TRUE ", "tollgate.b", "false", "tollgate.c", ""));
    assertThat(s.bool("tollgate.a", false)).isTrue();
    assertThat(s.bool("tollgate.b", true)).isFalse();
    assertThat(s.bool("tollgate.c", true)).isTrue();
    assertThat(s.bool("tollgate.missing", true)).isTrue();
    for (String bad : List.of("yes", "1", "on", "no", "ture")) {
      assertThatThrownBy(
              () -> Settings.of(Map.of("tollgate.skip", bad)).bool("tollgate.skip", false))
          .isInstanceOf(InvalidSettingException.class)
          .hasMessage("tollgate.skip: '" + bad + "' is not a boolean; use true or false");
    }
  }

  @Test
  void levelsHaveOneVocabulary() {
    Settings s = Settings.of(Map.of("tollgate.x", "WARN", "tollgate.y", "ignore"));
    assertThat(s.level("tollgate.x", Level.ERROR)).isEqualTo(Level.WARN);
    assertThat(s.level("tollgate.z", Level.ERROR)).isEqualTo(Level.ERROR);
    assertThatThrownBy(() -> s.level("tollgate.y", Level.OFF))
        .hasMessage("tollgate.y: unknown level 'ignore'; use off, warn or error");
    assertThat(Level.OFF.spelling()).isEqualTo("off");
  }

  @Test
  void sizesTakeTheDocumentedUnitsOnly() {
    assertThat(Settings.parseSize("k", "500")).isEqualTo(500);
    assertThat(Settings.parseSize("k", "500 KB")).isEqualTo(500 * 1024);
    assertThat(Settings.parseSize("k", "1KiB")).isEqualTo(1024);
    assertThat(Settings.parseSize("k", "2mb")).isEqualTo(2L * 1024 * 1024);
    assertThat(Settings.parseSize("k", "1GiB")).isEqualTo(1024L * 1024 * 1024);
    assertThat(Settings.parseSize("k", "7B")).isEqualTo(7);
    for (String bad : List.of("2m", "0", "-1", "1.5MB", "MB", "1TB", "99999999999999999999")) {
      assertThatThrownBy(() -> Settings.parseSize("tollgate.files.maxSize", bad))
          .isInstanceOf(InvalidSettingException.class)
          .hasMessageStartingWith("tollgate.files.maxSize: invalid size");
    }
  }

  @Test
  void listsSplitOnLinesAndCommasLinesOnlyOnLines() {
    Settings s = Settings.of(Map.of("tollgate.l", " a, b\r\n\n c ,", "tollgate.p", "x{1,2}\n y "));
    assertThat(s.list("tollgate.l")).containsExactly("a", "b", "c");
    assertThat(s.lines("tollgate.p")).containsExactly("x{1,2}", "y");
    assertThat(s.list("tollgate.none")).isEmpty();
  }

  @Test
  void integersAndChoicesAreChecked() {
    Settings s =
        Settings.of(Map.of("tollgate.n", "12", "tollgate.m", "-1", "tollgate.c", "Staged"));
    assertThat(s.integer("tollgate.n", 0, 1, 100)).isEqualTo(12);
    assertThatThrownBy(() -> s.integer("tollgate.m", 0, 1, 100))
        .hasMessage("tollgate.m: '-1' is not a whole number from 1 to 100");
    assertThat(s.choice("tollgate.c", "all", List.of("all", "staged"))).isEqualTo("staged");
    assertThatThrownBy(() -> s.choice("tollgate.n", "all", List.of("all", "staged")))
        .hasMessage("tollgate.n: unknown value '12'; use one of: all, staged");
  }

  @Test
  void renamedPropertiesKeepWorkingWithAWarning() {
    List<String> warnings = new ArrayList<>();
    Settings s =
        Settings.of(Map.of("tollgate.release.tagFormat", "v@{version}"))
            .withRenamed(Map.of("tollgate.release.tagFormat", "tollgate.tagFormat"), warnings::add);
    assertThat(s.string("tollgate.tagFormat", "")).isEqualTo("v@{version}");
    assertThat(s.isSet("tollgate.release.tagFormat")).isFalse();
    assertThat(warnings)
        .containsExactly(
            "tollgate.release.tagFormat is deprecated; use tollgate.tagFormat (same values)");

    warnings.clear();
    Settings both =
        Settings.of(Map.of("tollgate.old", "a", "tollgate.new", "b"))
            .withRenamed(Map.of("tollgate.old", "tollgate.new"), warnings::add);
    assertThat(both.string("tollgate.new", "")).isEqualTo("b");
    assertThat(warnings).singleElement().asString().contains("ignored because tollgate.new is set");
  }

  @Test
  void laterLayersWinAndBlankMeansUnset() {
    Settings s = Settings.of(Map.of("tollgate.a", "1")).with(Map.of("tollgate.a", "2"));
    assertThat(s.string("tollgate.a", "")).isEqualTo("2");
    assertThat(Settings.of(Map.of("tollgate.a", "  ")).value("tollgate.a")).isEmpty();
    assertThat(Settings.empty().asMap()).isEmpty();
  }
}
