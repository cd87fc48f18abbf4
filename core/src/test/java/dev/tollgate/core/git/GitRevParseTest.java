package dev.tollgate.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.testing.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRevParseTest {

  @TempDir Path tmp;

  @Test
  void resolvesWhatGitResolvesAndLeavesTheRestToJGit() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: initial commit");
    String first = f.head();
    String second = f.commit("feat: second");
    f.git("tag", "-a", "-m", "release", "v1.0.0", first);
    Path gitDir = f.dir().resolve(".git");
    assertThat(GitRevParse.commit(gitDir, "HEAD")).contains(second);
    assertThat(GitRevParse.commit(gitDir, "HEAD~1")).contains(first);
    // an annotated tag is peeled to its commit
    assertThat(GitRevParse.commit(gitDir, "v1.0.0")).contains(first);
    assertThat(GitRevParse.commit(gitDir, "no-such-branch")).isEmpty();
    assertThat(GitRevParse.commit(gitDir, "--help")).isEmpty();
    assertThat(GitRevParse.commit(tmp.resolve("nothing-here"), "HEAD")).isEmpty();
    try (GitRepository git = GitRepository.open(f.dir())) {
      assertThat(git.resolveCommit("v1.0.0", "tollgate.commits.from")).isEqualTo(first);
      assertThat(git.findCommit("no-such-branch")).isEmpty();
    }
  }
}
