package dev.tollgate.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.changelog.ChangelogStyle;
import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrepareOptionsTest {

  private static final ReleaseProject PROJECT = ReleaseProject.withoutPom(Path.of("."));

  @Test
  void defaults() {
    PrepareOptions o = PrepareOptions.of(Settings.empty(), PROJECT, Path.of("target"));
    assertThat(o.dryRun()).isFalse();
    assertThat(o.changelog()).isTrue();
    assertThat(o.changelogStyle()).isEqualTo(ChangelogStyle.CONVENTIONAL);
    assertThat(o.changelogFile()).isEqualTo("CHANGELOG.md");
    assertThat(o.commitMessage()).isEqualTo(PrepareRequest.DEFAULT_COMMIT_MESSAGE);
    assertThat(o.developmentVersion()).isEmpty();
  }

  @Test
  void listsSplitAsDocumented() {
    PrepareOptions o =
        PrepareOptions.of(
            Settings.of(
                Map.of(
                    "tollgate.release.allowSnapshots", "com.acme:*, org.x:y\ndev.tollgate:*",
                    "tollgate.release.versionFiles", "README.md=v([0-9]{1,3},[0-9])\nx.txt=(.*)")),
            PROJECT,
            Path.of("target"));
    assertThat(o.allowSnapshots()).containsExactly("com.acme:*", "org.x:y", "dev.tollgate:*");
    assertThat(o.versionFiles()).containsExactly("README.md=v([0-9]{1,3},[0-9])", "x.txt=(.*)");
  }

  @Test
  void aNonBooleanDryRunFailsNamingTheProperty() {
    assertThatThrownBy(
            () ->
                PrepareOptions.of(
                    Settings.of(Map.of("tollgate.release.dryRun", "yes")),
                    PROJECT,
                    Path.of("target")))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("tollgate.release.dryRun: 'yes' is not a boolean; use true or false");
    assertThatThrownBy(
            () ->
                PublishOptions.of(
                    Settings.of(Map.of("tollgate.release.dryRun", "on")), Path.of(".")))
        .hasMessageStartingWith("tollgate.release.dryRun:");
  }
}
