package dev.tollgate.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.testing.TestRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoryTest {

  @TempDir Path tmp;

  private static List<GitCommit> walk(GitRepository git, String from, String to, int limit) {
    List<GitCommit> seen = new ArrayList<>();
    git.walk(from, to, limit, seen::add);
    return seen;
  }

  @Test
  void walksARangeNewestFirstWithParentCounts() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: initial commit");
    String first = f.head();
    f.git("switch", "-q", "-c", "topic");
    String topic = f.commit("feat: on topic");
    f.git("switch", "-q", "main");
    f.commit("fix: on main\n\nwith a body\n");
    f.git("merge", "-q", "--no-ff", "-m", "Merge branch 'topic'", "topic");
    try (GitRepository git = GitRepository.open(f.dir().resolve("."))) {
      List<GitCommit> all = walk(git, null, f.head(), 0);
      assertThat(all).hasSize(4);
      assertThat(all.get(0).parentCount()).isEqualTo(2);
      assertThat(all.get(0).message()).startsWith("Merge branch 'topic'");
      assertThat(all).extracting(GitCommit::id).contains(topic, first);
      assertThat(all)
          .filteredOn(c -> c.id().equals(first))
          .extracting(GitCommit::parentCount)
          .containsExactly(0);
      List<GitCommit> range = walk(git, first, f.head(), 0);
      assertThat(range).hasSize(3).extracting(GitCommit::id).doesNotContain(first);
      assertThat(walk(git, null, f.head(), 2)).hasSize(2);
      assertThat(git.walk(null, f.head(), 2, c -> {}).truncated()).isTrue();
      assertThat(git.walk(f.head(), f.head(), 0, c -> {}).commits()).isZero();
    }
  }

  @Test
  void decodesMessagesWithTheCommitsEncoding() throws Exception {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: initial commit");
    Path msg = tmp.resolve("latin1.txt");
    Files.write(msg, "fix: gérer les accents\n\nça marche\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(f.dir().resolve("file.txt"), "x");
    f.git("add", "file.txt");
    f.git("-c", "i18n.commitEncoding=ISO-8859-1", "commit", "-q", "-F", msg.toString());
    assertThat(f.git("cat-file", "commit", "HEAD")).contains("encoding ISO-8859-1");
    try (GitRepository git = GitRepository.open(f.dir())) {
      GitCommit c = walk(git, null, f.head(), 1).get(0);
      assertThat(c.message()).isEqualTo("fix: gérer les accents\n\nça marche\n");
    }
  }

  @Test
  void resolvesRevisionsLikeGit() {
    Path bare = tmp.resolve("remote.git");
    TestRepository.git(tmp, "init", "-q", "--bare", "-b", "main", bare.toString());
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: one");
    f.commit("feat: two");
    f.git("tag", "-a", "v1.0.0", "-m", "Release 1.0.0");
    String tagged = f.head();
    f.git("remote", "add", "origin", bare.toUri().toString());
    f.git("push", "-q", "origin", "main");
    f.commit("feat: three");
    f.commit("feat: four");
    try (GitRepository git = GitRepository.open(f.dir())) {
      assertThat(git.resolveCommit("v1.0.0", "from")).isEqualTo(tagged);
      assertThat(git.resolveCommit("origin/main", "from")).isEqualTo(tagged);
      assertThat(git.resolveCommit("HEAD~2", "from")).isEqualTo(tagged);
      assertThat(git.resolveCommit(tagged.substring(0, 10), "from")).isEqualTo(tagged);
      assertThat(git.resolveCommit("main", "to")).isEqualTo(f.head());
      assertThat(git.branch()).contains("main");
      assertThatThrownBy(() -> git.resolveCommit("v9.9.9", "tollgate.commits.from"))
          .isInstanceOf(GitException.class)
          .hasMessageContaining("tollgate.commits.from 'v9.9.9' names no commit")
          .hasMessageContaining("git fetch");
    }
    f.git("checkout", "-q", "--detach", "HEAD~1");
    try (GitRepository git = GitRepository.open(f.dir())) {
      assertThat(git.branch()).isEmpty();
      assertThat(git.resolveCommit("HEAD", "HEAD")).isEqualTo(f.head());
    }
  }

  @Test
  void aShallowBoundaryFailsTheWalkWithTheFix() {
    TestRepository origin = TestRepository.init(tmp.resolve("origin"), "chore: one");
    String old = origin.commit("feat: two");
    origin.commit("feat: three");
    origin.commit("feat: four");
    Path clone = tmp.resolve("clone");
    TestRepository.git(
        tmp, "clone", "-q", "--depth", "2", origin.dir().toUri().toString(), clone.toString());
    try (GitRepository git = GitRepository.open(clone)) {
      assertThat(git.isShallow()).isTrue();
      String head = git.resolveCommit("HEAD", "HEAD");
      assertThatThrownBy(() -> walk(git, null, head, 0))
          .isInstanceOf(GitException.class)
          .hasMessageContaining("shallow-clone boundary")
          .hasMessageContaining("git fetch --unshallow")
          .hasMessageContaining("fetch-depth: 0");
      assertThat(walk(git, git.resolveCommit("HEAD~1", "from"), head, 0)).hasSize(1);
      assertThatThrownBy(() -> git.resolveCommit(old, "tollgate.commits.from"))
          .hasMessageContaining("shallow clone")
          .hasMessageContaining("git fetch --unshallow");
    }
  }

  @Test
  void readsTheCommentChar() {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: one");
    try (GitRepository git = GitRepository.open(f.dir())) {
      assertThat(git.commentChar()).isEqualTo("#");
    }
    f.git("config", "core.commentChar", ";");
    try (GitRepository git = GitRepository.open(f.dir())) {
      assertThat(git.commentChar()).isEqualTo(";");
    }
  }

  @Test
  void noRepositoryIsNamed() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    // the temp dir may sit inside a repository on a developer machine; only assert when it does not
    if (!Files.exists(Path.of("/tmp/.git"))) {
      assertThatThrownBy(() -> GitRepository.open(plain))
          .isInstanceOf(GitException.class)
          .hasMessageContaining("no git repository");
    }
  }
}
