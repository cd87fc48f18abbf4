package dev.tollgate.core.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.core.files.FileGuardRails;
import dev.tollgate.core.files.FilesConfig;
import dev.tollgate.core.files.Scope;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.testing.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@code git init} has nothing to check, and a damaged repository says so. */
class EmptyHistoryTest {

  @TempDir Path tmp;

  private static CommitRangeCheck.Result commits(Path dir) {
    return CommitRangeCheck.run(
        new CommitRangeCheck.Request(
            dir, null, null, "v${version}", 0, CommitLintConfig.conventional()),
        Map.of());
  }

  @Test
  void commitsPassWithANoteWhenThereAreNoCommitsYet() {
    TestRepository repo = TestRepository.init(tmp.resolve("fresh"));
    CommitRangeCheck.Result result = commits(repo.dir());
    assertThat(result.report().findings()).isEmpty();
    assertThat(result.checked()).isZero();
    assertThat(result.notes()).containsExactly("No commits yet: nothing to check.");
  }

  @Test
  void filesCheckTheIndexOfAFreshRepository() throws Exception {
    TestRepository repo = TestRepository.init(tmp.resolve("fresh"));
    repo.write("conflict.txt", "<<<<<<< HEAD\na\n=======\nb\n>>>>>>> other\n");
    repo.git("add", "conflict.txt");
    var result = FileGuardRails.scan(repo.dir(), Scope.ALL, FilesConfig.builder().build());
    assertThat(result.files()).isEqualTo(1);
    assertThat(result.findings()).isNotEmpty();
  }

  @Test
  void aDamagedRepositoryNamesGitFsckNotAFetch() throws Exception {
    TestRepository repo = TestRepository.init(tmp.resolve("damaged"), "feat: a");
    Files.writeString(repo.dir().resolve(".git/HEAD"), "");
    GitException e = catchThrowableOfType(() -> commits(repo.dir()), GitException.class);
    assertThat(e.kind()).isEqualTo(GitException.Kind.DAMAGED);
    assertThat(e.getMessage()).contains("git fsck").doesNotContain("git fetch");
  }
}
