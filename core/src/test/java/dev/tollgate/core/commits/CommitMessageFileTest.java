package dev.tollgate.core.commits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.git.GitLayout;
import dev.tollgate.core.testing.TestRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitMessageFileTest {

  @TempDir Path tmp;

  private CommitMessageFile read(TestRepository repo, byte[] content) throws Exception {
    Path file = repo.dir().resolve(".git/COMMIT_EDITMSG");
    Files.write(file, content);
    return CommitMessageFile.read(file, GitLayout.discover(repo.dir(), Map.of()));
  }

  @Test
  void decodesWithTheCommitEncoding() throws Exception {
    TestRepository repo = TestRepository.init(tmp.resolve("r"), "chore: init");
    repo.git("config", "i18n.commitEncoding", "ISO-8859-1");
    CommitMessageFile m = read(repo, "fix: élan vital\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(m.message()).isEqualTo("fix: élan vital\n");
    assertThat(m.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
  }

  @Test
  void bytesThatAreNotUtf8DoNotBreakTheCheck() throws Exception {
    TestRepository repo = TestRepository.init(tmp.resolve("r"), "chore: init");
    CommitMessageFile m = read(repo, "fix: \u00e9l\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(m.message()).isEqualTo("fix: \uFFFDl\n");
    repo.git("config", "i18n.commitEncoding", "no-such-charset");
    assertThat(read(repo, "fix: x\n".getBytes(StandardCharsets.UTF_8)).encoding())
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void commentPrefixIsReadAtEveryRun() throws Exception {
    TestRepository repo = TestRepository.init(tmp.resolve("r"), "chore: init");
    byte[] text = "fix: x\n\n#1 fixed\n; comment\n".getBytes(StandardCharsets.UTF_8);
    assertThat(read(repo, text).message()).isEqualTo("fix: x\n\n; comment\n");
    repo.git("config", "core.commentChar", ";");
    assertThat(read(repo, text).message()).isEqualTo("fix: x\n\n#1 fixed\n");
    repo.git("config", "core.commentString", "//");
    assertThat(read(repo, "fix: y\n// c\n".getBytes(StandardCharsets.UTF_8)).message())
        .isEqualTo("fix: y\n");
  }

  @Test
  void aMergeInProgressIsKnown() throws Exception {
    TestRepository repo = TestRepository.init(tmp.resolve("r"), "chore: init");
    assertThat(read(repo, "resolve\n".getBytes(StandardCharsets.UTF_8)).merging()).isFalse();
    Files.writeString(repo.dir().resolve(".git/MERGE_HEAD"), "0".repeat(40) + "\n");
    assertThat(read(repo, "resolve\n".getBytes(StandardCharsets.UTF_8)).merging()).isTrue();
  }

  @Test
  void outsideARepositoryUtf8AndHash() throws Exception {
    Path file = tmp.resolve("MSG");
    Files.writeString(file, "fix: x\n# c\n");
    CommitMessageFile m = CommitMessageFile.read(file, Optional.empty());
    assertThat(m.message()).isEqualTo("fix: x\n");
    assertThat(m.merging()).isFalse();
  }
}
