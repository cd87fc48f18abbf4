package dev.tollgate.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.testing.TestRepository;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Rollback and perform on real repositories, with a local bare repository as the remote. */
class RollbackPerformTest extends ReleaseFixture {

  TestRepository remote;

  void prepared(boolean withRemote) throws Exception {
    setUpRepo();
    if (withRemote) {
      remote = addRemote();
    }
  }

  void prepare() throws Exception {
    try (GitRepository rg = GitRepository.open(repo)) {
      ReleasePrepare.run(rg, request(true), false, l -> {}, StepHook.NONE);
    }
  }

  @Test
  void rollbackRestoresTheTreeAndDeletesTheTag() throws Exception {
    prepared(false);
    Snapshot before = snapshot();
    prepare();
    assertThat(snapshot()).isNotEqualTo(before);
    List<String> log = new ArrayList<>();
    try (GitRepository rg = GitRepository.open(repo)) {
      ReleaseRollback.run(rg, false, log::add);
    }
    assertThat(snapshot()).isEqualTo(before);
    assertThat(log).anyMatch(l -> l.startsWith("Rolled back release 1.2.0"));
    assertRollbackFails().hasMessageContaining("no release to roll back");
  }

  @Test
  void rollbackRefusesToLoseWorkOnTopOrUncommittedChanges() throws Exception {
    prepared(false);
    prepare();
    Files.writeString(repo.resolve("README.md"), "edited\n");
    assertRollbackFails()
        .hasMessageContaining("uncommitted changes (README.md)")
        .hasMessageContaining("commit or stash them first");
    git.commitAll("docs: more");
    assertRollbackFails()
        .hasMessageContaining("other work on top of the release; rolling back would lose it");
    assertThat(git.resolve("refs/tags/v1.2.0")).isPresent();
  }

  @Test
  void performPushesCommitsAndTagAtomicallyAndThenRollbackRefuses() throws Exception {
    prepared(true);
    prepare();
    String head = git.head();
    List<String> log = new ArrayList<>();
    try (GitRepository rg = GitRepository.open(repo)) {
      ReleasePerform.run(rg, "origin", false, log::add);
    }
    assertThat(remote.resolve("refs/heads/main")).contains(head);
    assertThat(remote.resolve("refs/tags/v1.2.0^{commit}"))
        .contains(git.git("rev-parse", "HEAD~1"));
    assertThat(log).anyMatch(l -> l.contains("Pushed release 1.2.0 (v1.2.0) to origin"));
    assertRollbackFails().hasMessageContaining("already pushed");
  }

  @Test
  void rejectedPushPublishesNeitherBranchNorTag() throws Exception {
    prepared(true);
    prepare();
    // someone else pushed to main meanwhile: our branch update is not a fast-forward
    pushFromAnotherClone(remote);
    String remoteMain = remote.resolve("refs/heads/main").orElseThrow();
    assertPerformFails()
        .hasMessageContaining("refused the push, so neither the commits nor the tag");
    assertThat(remote.resolve("refs/heads/main")).contains(remoteMain);
    assertThat(remote.resolve("refs/tags/v1.2.0")).isEmpty();
    // not pushed, so the release can still be rolled back
    try (GitRepository rg = GitRepository.open(repo)) {
      ReleaseRollback.run(rg, false, l -> {});
    }
    assertThat(git.resolve("refs/tags/v1.2.0")).isEmpty();
  }

  @Test
  void performWithoutPrepareSaysWhatToDo() throws Exception {
    prepared(true);
    assertPerformFails().hasMessageContaining("run release:prepare first");
  }

  /** Asserts on what release:rollback throws in the repository as it is now. */
  private AbstractThrowableAssert<?, ? extends Throwable> assertRollbackFails() {
    return assertThatThrownBy(
        () -> {
          try (GitRepository rg = GitRepository.open(repo)) {
            ReleaseRollback.run(rg, false, l -> {});
          }
        });
  }

  /** Asserts on what release:perform to origin throws in the repository as it is now. */
  private AbstractThrowableAssert<?, ? extends Throwable> assertPerformFails() {
    return assertThatThrownBy(
        () -> {
          try (GitRepository rg = GitRepository.open(repo)) {
            ReleasePerform.run(rg, "origin", false, l -> {});
          }
        });
  }
}
