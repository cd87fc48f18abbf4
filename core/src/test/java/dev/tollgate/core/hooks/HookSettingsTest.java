package dev.tollgate.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookSettingsTest {

  @Test
  void stagedFilesNeedTheFilesGoalAndNoSwitchOff() {
    assertThat(HookSettings.from(Settings.empty()).stagedFiles()).isFalse();
    Settings files = Settings.of(Map.of("tollgate.files.maxSize", "500KB"));
    assertThat(HookSettings.from(files).stagedFiles()).isTrue();
    assertThat(HookSettings.from(files.with(Map.of("tollgate.files.skip", "true"))).stagedFiles())
        .isFalse();
    assertThat(HookSettings.from(files.with(Map.of("tollgate.hooks.files", "false"))).stagedFiles())
        .isFalse();
    assertThat(HookSettings.from(files).checkPushedCommits()).isTrue();
  }

  @Test
  void booleansAreStrict() {
    assertThatThrownBy(
            () -> HookSettings.from(Settings.of(Map.of("tollgate.hooks.checkPushedCommits", "no"))))
        .hasMessage("tollgate.hooks.checkPushedCommits: 'no' is not a boolean; use true or false");
  }

  @Test
  void readsHooksProperties(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("hooks.properties");
    assertThat(HookSettings.read(file).asMap()).isEmpty();
    Files.writeString(file, "tollgate.commits.rules=header-max-length\\=error\\:30\n");
    assertThat(HookSettings.read(file).value("tollgate.commits.rules"))
        .contains("header-max-length=error:30");
  }
}
