package dev.tollgate.core.git;

import static dev.tollgate.core.testing.TestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.testing.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitLayoutTest {

  @TempDir Path tmp;

  private static GitLayout layout(Path start) throws Exception {
    return GitLayout.discover(start, Map.of()).orElseThrow();
  }

  /** What git itself says the hooks directory is. */
  private static Path gitHooksDir(Path dir) {
    return dir.resolve(git(dir, "rev-parse", "--git-path", "hooks")).normalize();
  }

  @Test
  void plainRepositoryFromSubdirectory() throws Exception {
    Path repo = TestRepository.initWithReadme(tmp.resolve("repo with space")).dir();
    Path sub = Files.createDirectories(repo.resolve("a/b"));
    GitLayout layout = layout(sub);
    assertThat(layout.gitDir()).isEqualTo(repo.resolve(".git"));
    assertThat(layout.commonDir()).isEqualTo(repo.resolve(".git"));
    assertThat(layout.workTree()).contains(repo);
    assertThat(layout.isBare()).isFalse();
    assertThat(layout.hooksDirectory())
        .isEqualTo(repo.resolve(".git/hooks"))
        .isEqualTo(gitHooksDir(repo));
    assertThat(layout.currentBranch()).contains("main");
  }

  @Test
  void relativeHooksPathIsRelativeToTheWorkTreeTop() throws Exception {
    Path repo = TestRepository.initWithReadme(tmp.resolve("repo")).dir();
    git(repo, "config", "core.hooksPath", ".githooks");
    Path sub = Files.createDirectories(repo.resolve("module"));
    assertThat(layout(sub).hooksDirectory()).isEqualTo(repo.resolve(".githooks"));
    assertThat(layout(sub).hooksPathSetting()).contains(".githooks");
  }

  @Test
  void absoluteHooksPath() throws Exception {
    Path repo = TestRepository.initWithReadme(tmp.resolve("repo")).dir();
    Path shared = tmp.resolve("shared $hooks");
    git(repo, "config", "core.hooksPath", shared.toString());
    assertThat(layout(repo).hooksDirectory()).isEqualTo(shared);
  }

  @Test
  void linkedWorktreeSharesTheMainHooks() throws Exception {
    Path repo = TestRepository.initWithReadme(tmp.resolve("repo")).dir();
    Path wt = tmp.resolve("wt 'quoted'");
    git(repo, "worktree", "add", "-q", "-b", "feature/x", wt.toString());
    GitLayout layout = layout(wt);
    assertThat(layout.gitDir())
        .isEqualTo(wt.resolve(git(wt, "rev-parse", "--git-dir")).normalize())
        .startsWith(repo.resolve(".git/worktrees"));
    assertThat(layout.commonDir()).isEqualTo(repo.resolve(".git"));
    assertThat(layout.workTree()).contains(wt);
    assertThat(layout.hooksDirectory())
        .isEqualTo(repo.resolve(".git/hooks"))
        .isEqualTo(gitHooksDir(wt));
    assertThat(layout.currentBranch()).contains("feature/x");
    assertThat(layout(repo).currentBranch()).contains("main");
  }

  @Test
  void relativeHooksPathInLinkedWorktreeIsRelativeToThatWorktree() throws Exception {
    Path repo = TestRepository.initWithReadme(tmp.resolve("repo")).dir();
    git(repo, "config", "core.hooksPath", ".githooks");
    Path wt = tmp.resolve("wt");
    git(repo, "worktree", "add", "-q", "-b", "feature/y", wt.toString());
    assertThat(layout(wt).hooksDirectory()).isEqualTo(wt.resolve(".githooks"));
  }

  @Test
  void submoduleHasItsOwnHooksUnderTheSuperproject() throws Exception {
    Path lib = TestRepository.initWithReadme(tmp.resolve("lib")).dir();
    Path app = TestRepository.initWithReadme(tmp.resolve("app")).dir();
    git(
        app,
        "-c",
        "protocol.file.allow=always",
        "submodule",
        "add",
        "-q",
        lib.toString(),
        "libs/lib");
    Path sub = app.resolve("libs/lib");
    assertThat(Files.isRegularFile(sub.resolve(".git"))).isTrue();
    GitLayout layout = layout(sub);
    assertThat(layout.gitDir()).isEqualTo(app.resolve(".git/modules/libs/lib"));
    assertThat(layout.workTree()).contains(sub);
    assertThat(layout.hooksDirectory())
        .isEqualTo(app.resolve(".git/modules/libs/lib/hooks"))
        .isEqualTo(gitHooksDir(sub));
  }

  @Test
  void gitDirEnvironmentVariableWins() throws Exception {
    Path repo = TestRepository.initWithReadme(tmp.resolve("repo")).dir();
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    GitLayout layout =
        GitLayout.discover(elsewhere, Map.of("GIT_DIR", repo.resolve(".git").toString()))
            .orElseThrow();
    assertThat(layout.gitDir()).isEqualTo(repo.resolve(".git"));
    assertThat(layout.workTree()).contains(repo);
  }

  @Test
  void bareRepository() throws Exception {
    Path bare = tmp.resolve("remote.git");
    Files.createDirectories(bare);
    git(bare, "init", "-q", "--bare");
    GitLayout layout = layout(bare);
    assertThat(layout.isBare()).isTrue();
    assertThat(layout.hooksDirectory()).isEqualTo(bare.resolve("hooks"));
  }

  @Test
  void notARepository() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    assertThat(GitLayout.discover(plain, Map.of())).isEmpty();
  }

  @Test
  void detachedHeadHasNoBranch() throws Exception {
    Path repo = TestRepository.initWithReadme(tmp.resolve("repo")).dir();
    git(repo, "checkout", "-q", "--detach");
    assertThat(layout(repo).currentBranch()).isEmpty();
  }
}
