package dev.tollgate.core.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.git.CommitRange;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.testing.TestRepository;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitRangeResolverTest {

  private static final String FORMAT = "v${version}";

  @TempDir Path tmp;

  @Test
  void explicitBoundsWin() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: one");
    String one = f.head();
    f.commit("feat: two");
    f.git("tag", "v1.0.0");
    try (GitRepository git = GitRepository.open(f.dir())) {
      CommitRange r = CommitRangeResolver.resolve(git, "HEAD~1", null, Map.of(), FORMAT);
      assertThat(r.from()).isEqualTo(one);
      assertThat(r.to()).isEqualTo(f.head());
      assertThat(r.description()).startsWith("HEAD~1..HEAD");
      CommitRange all = CommitRangeResolver.resolve(git, "", "HEAD", Map.of(), FORMAT);
      assertThat(all.isBounded()).isFalse();
    }
  }

  @Test
  void swappedBoundsAreAnError() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: one");
    f.commit("feat: two");
    try (GitRepository git = GitRepository.open(f.dir())) {
      assertThatThrownBy(() -> CommitRangeResolver.resolve(git, "HEAD", "HEAD~1", Map.of(), FORMAT))
          .isInstanceOf(GitException.class)
          .hasMessageContaining("tollgate.commits.from (HEAD) comes after tollgate.commits.to")
          .hasMessageContaining("swap them");
      assertThat(CommitRangeResolver.resolve(git, "HEAD", "HEAD", Map.of(), FORMAT).from())
          .isEqualTo(f.head());
    }
  }

  @Test
  void tagsInAnotherFormatAreDescribed() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: one");
    f.git("tag", "enforcer-3.6.3");
    f.commit("feat: two");
    try (GitRepository git = GitRepository.open(f.dir())) {
      assertThat(CommitRangeResolver.resolve(git, null, null, Map.of(), FORMAT).description())
          .isEqualTo(
              "all history of HEAD (no release tag matching v${version}; tags look like"
                  + " enforcer-3.6.3: set tollgate.tagFormat=enforcer-@{version})");
    }
  }

  @Test
  void sinceTheLatestReleaseTagElseAllHistory() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: one");
    try (GitRepository git = GitRepository.open(f.dir())) {
      CommitRange r = CommitRangeResolver.resolve(git, null, null, Map.of(), FORMAT);
      assertThat(r.isBounded()).isFalse();
      assertThat(r.description()).contains("no release tag matching v${version}");
    }
    f.git("tag", "-a", "v0.1.0", "-m", "x");
    String tagged = f.head();
    f.commit("feat: two");
    try (GitRepository git = GitRepository.open(f.dir())) {
      CommitRange r = CommitRangeResolver.resolve(git, null, null, Map.of(), FORMAT);
      assertThat(r.from()).isEqualTo(tagged);
      assertThat(r.description()).startsWith("since release tag v0.1.0");
    }
  }

  @Test
  void pullRequestRangeFromCiVariables() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: one");
    f.commit("feat: two");
    String base = f.head();
    f.git("switch", "-q", "-c", "feature");
    f.commit("feat: on the branch");
    f.git("switch", "-q", "main");
    f.commit("fix: main moved on");
    f.git("switch", "-q", "feature");
    f.git("tag", "v5.0.0", "main");
    Map<String, String> env =
        Map.of("GITHUB_ACTIONS", "true", "GITHUB_BASE_REF", "main", "GITHUB_HEAD_REF", "feature");
    try (GitRepository git = GitRepository.open(f.dir())) {
      CommitRange r = CommitRangeResolver.resolve(git, null, null, env, FORMAT);
      assertThat(r.from()).isEqualTo(base);
      assertThat(r.description())
          .contains("GitHub Actions pull request into main")
          .contains("merge-base(main, HEAD)");
      Map<String, String> gitlab =
          Map.of("GITLAB_CI", "true", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "release/2.x");
      assertThatThrownBy(() -> CommitRangeResolver.resolve(git, null, null, gitlab, FORMAT))
          .hasMessageContaining("pull request into 'release/2.x'")
          .hasMessageContaining("git fetch origin release/2.x");
    }
  }

  @Test
  void shallowCloneWithoutTagFailsWithTheFix() {
    TestRepository origin = TestRepository.init(tmp.resolve("origin"), "chore: one");
    origin.commit("feat: two");
    origin.commit("feat: three");
    Path clone = tmp.resolve("clone");
    TestRepository.git(
        tmp, "clone", "-q", "--depth", "1", origin.dir().toUri().toString(), clone.toString());
    try (GitRepository git = GitRepository.open(clone)) {
      assertThatThrownBy(() -> CommitRangeResolver.resolve(git, null, null, Map.of(), FORMAT))
          .isInstanceOf(GitException.class)
          .hasMessageContaining("shallow clone")
          .hasMessageContaining("git fetch --unshallow");
    }
  }
}
