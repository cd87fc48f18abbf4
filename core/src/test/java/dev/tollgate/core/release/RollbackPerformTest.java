package dev.tollgate.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.git.GitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

/** Rollback and perform on real repositories, with a local bare repository as the remote. */
class RollbackPerformTest extends ReleaseFixture {

  Path bare;

  void prepared(boolean withRemote) throws Exception {
    setUpRepo();
    if (withRemote) {
      bare = tmp.resolve("remote.git");
      Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
      git.remoteAdd().setName("origin").setUri(new URIish(bare.toUri().toString())).call();
      git.push().setRemote("origin").add("main").call();
      StoredConfig config = git.getRepository().getConfig();
      config.setString("branch", "main", "remote", "origin");
      config.setString("branch", "main", "merge", "refs/heads/main");
      config.save();
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
    try (GitRepository rg = GitRepository.open(repo)) {
      assertThatThrownBy(() -> ReleaseRollback.run(rg, false, l -> {}))
          .hasMessageContaining("no release to roll back");
    }
  }

  @Test
  void rollbackRefusesToLoseWorkOnTopOrUncommittedChanges() throws Exception {
    prepared(false);
    prepare();
    Files.writeString(repo.resolve("README.md"), "edited\n");
    try (GitRepository rg = GitRepository.open(repo)) {
      assertThatThrownBy(() -> ReleaseRollback.run(rg, false, l -> {}))
          .hasMessageContaining("uncommitted changes (README.md)")
          .hasMessageContaining("commit or stash them first");
    }
    git.add().addFilepattern("README.md").call();
    git.commit().setMessage("docs: more").call();
    try (GitRepository rg = GitRepository.open(repo)) {
      assertThatThrownBy(() -> ReleaseRollback.run(rg, false, l -> {}))
          .hasMessageContaining("other work on top of the release; rolling back would lose it");
    }
    assertThat(git.getRepository().exactRef("refs/tags/v1.2.0")).isNotNull();
  }

  @Test
  void performPushesCommitsAndTagAtomicallyAndThenRollbackRefuses() throws Exception {
    prepared(true);
    prepare();
    String head = git.getRepository().resolve("HEAD").name();
    List<String> log = new ArrayList<>();
    try (GitRepository rg = GitRepository.open(repo)) {
      ReleasePerform.run(rg, "origin", false, log::add);
    }
    try (Repository remote = Git.open(bare.toFile()).getRepository()) {
      assertThat(remote.resolve("refs/heads/main").name()).isEqualTo(head);
      assertThat(remote.resolve("refs/tags/v1.2.0^{commit}").name())
          .isEqualTo(git.getRepository().resolve("HEAD~1").name());
    }
    assertThat(log).anyMatch(l -> l.contains("Pushed release 1.2.0 (v1.2.0) to origin"));
    try (GitRepository rg = GitRepository.open(repo)) {
      assertThatThrownBy(() -> ReleaseRollback.run(rg, false, l -> {}))
          .hasMessageContaining("already pushed");
    }
  }

  @Test
  void rejectedPushPublishesNeitherBranchNorTag() throws Exception {
    prepared(true);
    prepare();
    // someone else pushed to main meanwhile: our branch update is not a fast-forward
    try (Git other =
        Git.cloneRepository()
            .setURI(bare.toUri().toString())
            .setDirectory(tmp.resolve("other").toFile())
            .call()) {
      Files.writeString(tmp.resolve("other/x.txt"), "x");
      other.add().addFilepattern("x.txt").call();
      other.commit().setMessage("fix: x").setAuthor("a", "a@b.c").setCommitter("a", "a@b.c").call();
      other.push().call();
    }
    String remoteMain;
    try (Repository remote = Git.open(bare.toFile()).getRepository()) {
      remoteMain = remote.resolve("refs/heads/main").name();
    }
    try (GitRepository rg = GitRepository.open(repo)) {
      assertThatThrownBy(() -> ReleasePerform.run(rg, "origin", false, l -> {}))
          .hasMessageContaining("refused the push, so neither the commits nor the tag");
    }
    try (Repository remote = Git.open(bare.toFile()).getRepository()) {
      assertThat(remote.resolve("refs/heads/main").name()).isEqualTo(remoteMain);
      assertThat(remote.exactRef("refs/tags/v1.2.0")).isNull();
    }
    // not pushed, so the release can still be rolled back
    try (GitRepository rg = GitRepository.open(repo)) {
      ReleaseRollback.run(rg, false, l -> {});
    }
    assertThat(git.getRepository().exactRef("refs/tags/v1.2.0")).isNull();
  }

  @Test
  void performWithoutPrepareSaysWhatToDo() throws Exception {
    prepared(true);
    try (GitRepository rg = GitRepository.open(repo)) {
      assertThatThrownBy(() -> ReleasePerform.run(rg, "origin", false, l -> {}))
          .hasMessageContaining("run release:prepare first");
    }
  }
}
