package dev.tollgate.core.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.GitTag;
import dev.tollgate.core.testing.TestRepository;
import dev.tollgate.core.versioning.ReleaseTags.ReleaseTag;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseTagsTest {

  @TempDir Path tmp;

  @Test
  void parsesNamesUnderAFormat() {
    assertThat(ReleaseTags.parse(new GitTag("v1.2.3", "a"), "v${version}")).isPresent();
    assertThat(ReleaseTags.parse(new GitTag("1.2.3", "a"), "v${version}")).isEmpty();
    assertThat(ReleaseTags.parse(new GitTag("v1.2.3", "a"), "v@{version}")).isPresent();
    assertThat(ReleaseTags.parse(new GitTag("vfoo", "a"), "v${version}")).isEmpty();
    assertThat(ReleaseTags.parse(new GitTag("v1.2", "a"), "v${version}")).isEmpty();
    assertThat(
            ReleaseTags.parse(new GitTag("api-2.0.0-rc.1", "a"), "api-${version}")
                .orElseThrow()
                .isPreRelease())
        .isTrue();
    assertThat(
            ReleaseTags.parse(new GitTag("r1.0.0-final", "a"), "r${version}-final")
                .orElseThrow()
                .version()
                .major())
        .isEqualTo(1);
    assertThatThrownBy(() -> ReleaseTags.parse(new GitTag("v1", "a"), "v{version}"))
        .hasMessageContaining("must contain ${version}");
  }

  @Test
  void highestVersionFirstNotNewestOrAlphabetical() {
    List<ReleaseTag> r =
        ReleaseTags.releases(
            List.of(
                new GitTag("v1.10.0", "a"),
                new GitTag("v1.9.0", "b"),
                new GitTag("v1.10.0-rc.1", "c"),
                new GitTag("x", "d")),
            "v${version}");
    assertThat(r).extracting(ReleaseTag::name).containsExactly("v1.10.0", "v1.10.0-rc.1", "v1.9.0");
  }

  @Test
  void latestReachableReleasePeelsAnnotatedTagsAndIgnoresOthers() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: one");
    f.git("tag", "-a", "v1.0.0", "-m", "Release 1.0.0");
    f.commit("feat: two");
    String v12 = f.head();
    f.git("tag", "v1.2.0");
    f.git("tag", "-a", "not-a-release", "-m", "x");
    f.commit("feat: three");
    f.git("tag", "v2.0.0-rc.1");
    f.git("tag", "release-9.0.0");
    f.git("switch", "-q", "-c", "side", "HEAD~1");
    f.commit("feat: elsewhere");
    f.git("tag", "-a", "v3.0.0", "-m", "unreachable from main");
    f.git("switch", "-q", "main");
    try (GitRepository git = GitRepository.open(f.dir())) {
      ReleaseTag latest = ReleaseTags.latestReachable(git, f.head(), "v${version}").orElseThrow();
      assertThat(latest.name()).isEqualTo("v1.2.0");
      assertThat(latest.commitId()).isEqualTo(v12);
      assertThat(
              ReleaseTags.latestReachable(git, f.head(), "release-${version}").orElseThrow().name())
          .isEqualTo("release-9.0.0");
      assertThat(ReleaseTags.latestReachable(git, f.head(), "none-${version}")).isEmpty();
    }
  }
}
