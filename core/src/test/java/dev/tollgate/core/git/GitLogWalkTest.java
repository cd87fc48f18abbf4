package dev.tollgate.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.testing.TestRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GitRepository#log} (git log) hands out exactly what the JGit walk does. */
class GitLogWalkTest {

  @TempDir Path tmp;

  /** A commit object written byte for byte (message without final newline, other encodings). */
  private static String rawCommit(TestRepository repo, String parent, byte[] headerAndMessage)
      throws Exception {
    Path file = repo.dir().resolve("raw-commit");
    String tree = repo.git("rev-parse", "HEAD^{tree}");
    String header =
        "tree "
            + tree
            + "\n"
            + (parent == null ? "" : "parent " + parent + "\n")
            + "author A <a@b> 1700000000 +0000\ncommitter A <a@b> 1700000000 +0000\n";
    byte[] h = header.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[h.length + headerAndMessage.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(headerAndMessage, 0, all, h.length, headerAndMessage.length);
    Files.write(file, all);
    String id = repo.git("hash-object", "-t", "commit", "-w", "--literally", file.toString());
    Files.delete(file);
    return id;
  }

  private static List<GitCommit> sorted(List<GitCommit> commits) {
    List<GitCommit> copy = new ArrayList<>(commits);
    copy.sort(Comparator.comparing(GitCommit::id));
    return copy;
  }

  @Test
  void theSameCommitsAsTheJgitWalk() throws Exception {
    TestRepository repo = TestRepository.init(tmp.resolve("r"), "chore: initial commit");
    String root = repo.head();
    repo.commit("feat: add\n\nbody\r\nwith CRLF\n\nRefs: #1");
    String c1 = repo.head();
    String noNewline =
        rawCommit(repo, c1, "\nfix: no final newline".getBytes(StandardCharsets.UTF_8));
    String latin1 =
        rawCommit(
            repo,
            noNewline,
            "encoding ISO-8859-1\n\nfix: \u00e9lan vital\n".getBytes(StandardCharsets.ISO_8859_1));
    String utf8 =
        rawCommit(
            repo, latin1, "\nfix: \u2051 emoji \ud83d\ude00\n".getBytes(StandardCharsets.UTF_8));
    repo.git("update-ref", "refs/heads/main", utf8);
    repo.git("switch", "-q", "-c", "side", c1);
    repo.commit("fix: on the side");
    repo.git("switch", "-q", "main");
    repo.git("merge", "-q", "--no-ff", "-m", "Merge branch 'side'", "side");
    String head = repo.head();
    try (GitRepository git = GitRepository.open(repo.dir(), Map.of())) {
      List<GitCommit> walked = new ArrayList<>();
      List<GitCommit> logged = new ArrayList<>();
      WalkResult w = git.walk(List.of(), head, null, 0, walked::add);
      WalkResult l = git.log(List.of(), head, null, 0, logged::add);
      assertThat(l).isEqualTo(w);
      assertThat(sorted(logged)).isEqualTo(sorted(walked)).hasSize(7);
      assertThat(logged).extracting(GitCommit::message).contains("fix: no final newline");
      assertThat(logged).extracting(GitCommit::message).contains("fix: \u00e9lan vital\n");
      assertThat(logged.get(0).parentCount()).isEqualTo(2);

      List<GitCommit> ranged = new ArrayList<>();
      assertThat(git.log(List.of(c1), head, null, 0, ranged::add).commits()).isEqualTo(5);
      assertThat(ranged).extracting(GitCommit::id).doesNotContain(root, c1);
      List<GitCommit> limited = new ArrayList<>();
      assertThat(git.log(List.of(), head, null, 2, limited::add))
          .isEqualTo(new WalkResult(2, true));
      assertThat(limited).hasSize(2);
      List<GitCommit> recent = new ArrayList<>();
      git.log(List.of(), head, java.time.Instant.ofEpochSecond(1700000001), 0, recent::add);
      assertThat(recent).extracting(GitCommit::id).doesNotContain(noNewline, latin1, utf8);
    }
  }

  @Test
  void commitsACheckSettlesAreCountedButNotHandedOut() throws Exception {
    TestRepository repo = TestRepository.init(tmp.resolve("r"), "chore: initial commit");
    String root = repo.head();
    repo.commit("feat: settled\n\nbody");
    repo.commit("fix: handed out \u00e9");
    repo.commit("feat: settled too");
    String head = repo.head();
    try (GitRepository git = GitRepository.open(repo.dir(), Map.of())) {
      List<String> seen = new ArrayList<>();
      List<String> checked = new ArrayList<>();
      RawMessageCheck settled =
          (parents, bytes, from, to) -> {
            String message = new String(bytes, from, to - from, StandardCharsets.UTF_8).strip();
            checked.add(parents + " " + message);
            return message.contains("settled");
          };
      WalkResult result =
          git.log(List.of(root), head, null, 0, settled, c -> seen.add(c.message().strip()));
      assertThat(result).isEqualTo(new WalkResult(3, false));
      assertThat(seen).containsExactly("fix: handed out \u00e9");
      assertThat(checked)
          .containsExactly(
              "1 feat: settled too", "1 fix: handed out \u00e9", "1 feat: settled\n\nbody");
      List<String> limited = new ArrayList<>();
      assertThat(git.log(List.of(root), head, null, 1, settled, c -> limited.add(c.id())))
          .isEqualTo(new WalkResult(1, true));
      assertThat(limited).isEmpty();
    }
  }

  @Test
  void aDamagedRepositoryFailsNamingTheFix() throws Exception {
    TestRepository repo = TestRepository.init(tmp.resolve("r"), "chore: initial commit");
    try (GitRepository git = GitRepository.open(repo.dir(), Map.of())) {
      assertThatThrownBy(() -> git.log(List.of(), "1".repeat(40), null, 0, c -> {}))
          .isInstanceOf(GitException.class)
          .hasMessageContaining("git log failed");
    }
  }
}
