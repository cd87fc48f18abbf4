package dev.tollgate.core.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.tools.ToolPinOptions.Scan;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolPinOptionsTest {

  @Test
  void defaultsScanEverythingWithTheStrictActionPolicy() {
    ToolPinOptions o = ToolPinOptions.defaults();
    assertThat(o.scans()).containsExactlyInAnyOrder(Scan.values());
    assertThat(o.actions()).isEqualTo(ToolPinOptions.ActionPolicy.SHA);
    assertThat(o.images()).isEqualTo(ToolPinOptions.ImagePolicy.TAG);
    assertThat(o.tools()).isEqualTo(ToolPinOptions.ToolPolicy.MAJOR);
    assertThat(o.remoteOf("actions", "checkout")).endsWith("/actions/checkout.git");
  }

  @Test
  void mistakesNameTheProperty() {
    assertThatThrownBy(
            () -> ToolPinOptions.from(Settings.of(Map.of("tollgate.pins.scan", "maven,docker"))))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("tollgate.pins.scan")
        .hasMessageContaining("unknown scan 'docker'");
    assertThatThrownBy(
            () -> ToolPinOptions.from(Settings.of(Map.of("tollgate.pins.actions", "branch"))))
        .hasMessageContaining("tollgate.pins.actions");
    assertThatThrownBy(
            () ->
                ToolPinOptions.from(Settings.of(Map.of("tollgate.pins.actionsRemote", "/srv/git"))))
        .hasMessageContaining("tollgate.pins.actionsRemote")
        .hasMessageContaining("{owner}");
  }
}
