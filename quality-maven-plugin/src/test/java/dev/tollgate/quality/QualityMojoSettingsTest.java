package dev.tollgate.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.core.files.FilesConfig;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.quality.settings.Descriptors;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The quality goals' parameters through the shared reader and the real descriptor, into core. */
class QualityMojoSettingsTest {

  private static CommitsMojo commits() throws Exception {
    CommitsMojo mojo = new CommitsMojo();
    Descriptors.set(
        mojo, "mojoExecution", new MojoExecution(Descriptors.plugin().getMojo("commits")));
    Descriptors.set(mojo, "skipAll", "false");
    Descriptors.set(mojo, "skip", "false");
    return mojo;
  }

  @Test
  void parametersBecomeSettingsKeyedByTheirProperty() throws Exception {
    CommitsMojo mojo = commits();
    Descriptors.set(mojo, "rules", "header-max-length=error:30");
    Descriptors.set(mojo, "ignoreMerges", "false");
    Descriptors.set(mojo, "maxCommits", 5);
    Descriptors.set(mojo, "project", null);

    Settings settings = mojo.settings();

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
    CommitsMojo mojo = commits();
    Descriptors.set(mojo, "ignoreReverts", "yes");
    Settings settings = mojo.settings();
    assertThatThrownBy(() -> CommitLintConfig.from(settings, w -> {}))
        .hasMessage("tollgate.commits.ignoreReverts: 'yes' is not a boolean; use true or false");
  }

  @Test
  void listsAndFilesBecomeText() throws Exception {
    FilesMojo mojo = new FilesMojo();
    Descriptors.set(
        mojo, "mojoExecution", new MojoExecution(Descriptors.plugin().getMojo("files")));
    Descriptors.set(mojo, "excludes", List.of("generated/", "*.min.js"));
    Descriptors.set(mojo, "levels", "whitespace=off");
    Descriptors.set(mojo, "maxSize", "1MB");
    Descriptors.set(mojo, "tsv", new File("out/files.tsv"));

    Settings settings = mojo.settings();

    assertThat(settings.asMap())
        .containsEntry("tollgate.files.excludes", "generated/\n*.min.js")
        .containsEntry("tollgate.files.tsv", "out" + File.separator + "files.tsv");
    FilesConfig config = FilesConfig.from(settings, Map.of(), w -> {});
    assertThat(config.excludes()).containsExactly("generated/", "*.min.js");
    assertThat(config.enabled("whitespace")).isFalse();
    assertThat(config.maxSize()).isEqualTo(1024L * 1024);
  }

  @Test
  void aSkipFlagThatIsNoBooleanFailsInsteadOfRunningOrSkipping() throws Exception {
    CommitsMojo mojo = commits();
    Descriptors.set(mojo, "skipAll", "yes");
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("tollgate.skip: 'yes' is not a boolean; use true or false");
  }

  @Test
  void theGoalsOwnSkipFlagIsStrictToo() throws Exception {
    CommitsMojo mojo = commits();
    Descriptors.set(mojo, "skip", "on");
    assertThatThrownBy(mojo::execute)
        .hasMessage("tollgate.commits.skip: 'on' is not a boolean; use true or false");
  }

  @Test
  void installHooksChecksItsFlags() throws Exception {
    InstallHooksMojo mojo = new InstallHooksMojo();
    Descriptors.set(
        mojo, "mojoExecution", new MojoExecution(Descriptors.plugin().getMojo("install-hooks")));
    Descriptors.set(mojo, "skip", "1");
    assertThatThrownBy(mojo::execute)
        .hasMessage("tollgate.hooks.skip: '1' is not a boolean; use true or false");
  }
}
