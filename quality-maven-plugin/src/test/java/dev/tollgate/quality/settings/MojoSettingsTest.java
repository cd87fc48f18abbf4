package dev.tollgate.quality.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.core.files.FilesConfig;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.quality.CommitsMojo;
import dev.tollgate.quality.FilesMojo;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;

class MojoSettingsTest {

  @Test
  void parametersBecomeSettingsKeyedByTheirProperty() throws Exception {
    PluginDescriptor plugin = Descriptors.plugin();
    CommitsMojo mojo = new CommitsMojo();
    Descriptors.set(mojo, "rules", "header-max-length=error:30");
    Descriptors.set(mojo, "ignoreMerges", "false");
    Descriptors.set(mojo, "maxCommits", 5);
    Descriptors.set(mojo, "project", null);

    Settings settings = MojoSettings.of(mojo, plugin.getMojo("commits"));

    assertThat(settings.asMap())
        .containsEntry("tollgate.commits.rules", "header-max-length=error:30")
        .containsEntry("tollgate.commits.ignoreMerges", "false")
        .containsEntry("tollgate.commits.maxCommits", "5")
        .doesNotContainKey("tollgate.commits.from")
        .allSatisfy((k, v) -> assertThat(k).startsWith("tollgate."));
    CommitLintConfig config = CommitLintConfig.from(settings, w -> {});
    assertThat(config.rules().get("header-max-length").value()).isEqualTo("30");
    assertThat(config.ignores().merges()).isFalse();
  }

  @Test
  void aBooleanParameterThatIsNoBooleanFailsWithItsName() throws Exception {
    CommitsMojo mojo = new CommitsMojo();
    Descriptors.set(mojo, "ignoreReverts", "yes");
    Settings settings = MojoSettings.of(mojo, Descriptors.plugin().getMojo("commits"));
    assertThatThrownBy(() -> CommitLintConfig.from(settings, w -> {}))
        .hasMessage("tollgate.commits.ignoreReverts: 'yes' is not a boolean; use true or false");
  }

  @Test
  void listsAndFilesBecomeText() throws Exception {
    FilesMojo mojo = new FilesMojo();
    Descriptors.set(mojo, "excludes", List.of("generated/", "*.min.js"));
    Descriptors.set(mojo, "levels", "whitespace=off");
    Descriptors.set(mojo, "maxSize", "1MB");
    Descriptors.set(mojo, "tsv", new File("out/files.tsv"));

    Settings settings = MojoSettings.of(mojo, Descriptors.plugin().getMojo("files"));

    assertThat(settings.asMap())
        .containsEntry("tollgate.files.excludes", "generated/\n*.min.js")
        .containsEntry("tollgate.files.tsv", "out" + File.separator + "files.tsv");
    FilesConfig config = FilesConfig.from(settings, Map.of(), w -> {});
    assertThat(config.excludes()).containsExactly("generated/", "*.min.js");
    assertThat(config.enabled("whitespace")).isFalse();
    assertThat(config.maxSize()).isEqualTo(1024L * 1024);
  }
}
