package dev.tollgate.core.files;

import static dev.tollgate.core.testing.TestSettings.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.report.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FilesConfigSettingsTest {

  private final List<String> warnings = new ArrayList<>();

  private FilesConfig from(String... keyValues) {
    return FilesConfig.from(settings(keyValues), Map.of(), warnings::add);
  }

  @Test
  void defaults() {
    FilesConfig c = from();
    assertThat(c.maxSize()).isEqualTo(FilesConfig.DEFAULT_MAX_SIZE);
    assertThat(c.levels()).isEqualTo(FilesConfig.defaultLevels());
    assertThat(c.lineEndings()).isEqualTo(LineEndings.LF);
    assertThat(c.baseline()).contains(Path.of(FilesConfig.DEFAULT_BASELINE));
    assertThat(c.baseRef()).isEmpty();
    assertThat(c.updateBaseline()).isFalse();
    assertThat(c.toml()).isEqualTo(FilesConfig.DEFAULT_TOML);
  }

  @Test
  void tomlGlobsReplaceTheDefaults() {
    assertThat(from("tollgate.files.toml", "**/*.toml,Cargo.lock").toml())
        .containsExactly("**/*.toml", "Cargo.lock");
  }

  @Test
  void readsTheDocumentedPropertyNames() {
    FilesConfig c =
        from(
            "tollgate.files.includes",
            "src/**\ndocs/",
            "tollgate.files.excludes",
            "a/,b/",
            "tollgate.files.maxSize",
            "2MiB",
            "tollgate.files.levels",
            "whitespace=warn,syntax=off,submodules=error",
            "tollgate.files.lineEndings",
            "auto",
            "tollgate.files.base",
            "origin/main",
            "tollgate.secrets.allowPaths",
            "keys/**",
            "tollgate.secrets.updateBaseline",
            "true");
    assertThat(c.includes()).containsExactly("src/**", "docs/");
    assertThat(c.excludes()).containsExactly("a/", "b/");
    assertThat(c.maxSize()).isEqualTo(2L * 1024 * 1024);
    assertThat(c.levels())
        .containsEntry("whitespace", Severity.WARN)
        .containsEntry("submodules", Severity.ERROR)
        .doesNotContainKey("syntax");
    assertThat(c.lineEndings()).isEqualTo(LineEndings.AUTO);
    assertThat(c.baseRef()).isEqualTo(Optional.of("origin/main"));
    assertThat(c.secretsAllowedPaths()).containsExactly("keys/**");
    assertThat(c.updateBaseline()).isTrue();
  }

  @Test
  void infoIsADeprecatedLevel() {
    assertThat(from("tollgate.files.levels", "names=info").levels())
        .containsEntry("names", Severity.INFO);
    assertThat(warnings).singleElement().asString().contains("deprecated");
  }

  @Test
  void mistakesNameTheProperty() {
    assertThatThrownBy(() -> from("tollgate.files.levels", "whitespace=loud"))
        .hasMessage("tollgate.files.levels: unknown level 'loud'; use off, warn or error");
    assertThatThrownBy(() -> from("tollgate.files.levels", "tabs=warn"))
        .hasMessageStartingWith("tollgate.files.levels: unknown check 'tabs'");
    assertThatThrownBy(() -> from("tollgate.files.maxSize", "2 lots"))
        .hasMessageStartingWith("tollgate.files.maxSize: invalid size '2 lots'");
    assertThatThrownBy(() -> from("tollgate.secrets.updateBaseline", "on"))
        .hasMessage("tollgate.secrets.updateBaseline: 'on' is not a boolean; use true or false");
    assertThatThrownBy(() -> FileGuardRails.scope(settings("tollgate.files.scope", "x"), Map.of()))
        .hasMessageStartingWith("tollgate.files.scope: unknown value 'x'");
  }
}
