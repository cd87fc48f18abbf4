package dev.tollgate.quality.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MavenVersionGuardTest {

  @Test
  void mavenBefore39IsRefused() {
    assertThat(MavenVersionGuard.supported("3.8.7")).isFalse();
    assertThat(MavenVersionGuard.supported("3.6.3")).isFalse();
    assertThat(MavenVersionGuard.supported("2.2.1")).isFalse();
  }

  @Test
  void maven39AndNewerPass() {
    assertThat(MavenVersionGuard.supported("3.9.0")).isTrue();
    assertThat(MavenVersionGuard.supported("3.9.11")).isTrue();
    assertThat(MavenVersionGuard.supported("4.0.0-rc-7")).isTrue();
    assertThat(MavenVersionGuard.supported("3.10.0-SNAPSHOT")).isTrue();
  }
}
