package dev.tollgate.quality;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.quality.settings.Descriptors;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

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
