package dev.tollgate.core.hooks;

import static dev.tollgate.core.testing.TestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.git.GitLayout;
import dev.tollgate.core.testing.TestRepository;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookInstallerTest {

  @TempDir Path tmp;
  private Path repo;
  private GitLayout layout;

  @BeforeEach
  void repo() throws Exception {
    // spaces, quotes and a dollar sign in every path the scripts name
    repo = TestRepository.initWithReadme(tmp.resolve("my 'repo' $HOME")).dir();
    layout = GitLayout.discover(repo, Map.of()).orElseThrow();
  }

  /** A runtime whose classpath is this build's core classes and their dependencies. */
  static HookRuntime runtime(Path projectDir, Map<String, String> settings)
      throws URISyntaxException {
    List<Path> cp = new ArrayList<>();
    for (String name :
        List.of(
            HookMain.class.getName(),
            "com.google.re2j.Pattern",
            "org.eclipse.jgit.lib.Repository",
            "org.slf4j.LoggerFactory",
            "org.snakeyaml.engine.v2.api.Load",
            "com.fasterxml.jackson.dataformat.toml.TomlFactory",
            "com.fasterxml.jackson.core.JsonParser",
            "com.fasterxml.jackson.databind.JsonNode",
            "com.fasterxml.jackson.annotation.JsonProperty",
            "com.googlecode.javaewah.EWAHCompressedBitmap")) {
      try {
        Class<?> c = Class.forName(name);
        cp.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (ClassNotFoundException e) {
        // not a dependency of this build
      }
    }
    return new HookRuntime(
        "test", Path.of(System.getProperty("java.home"), "bin", "java"), cp, projectDir, settings);
  }

  private HookInstaller.Result install() throws Exception {
    return HookInstaller.install(layout, runtime(repo, Map.of()), HookScripts.HOOKS);
  }

  /** Runs git in the repository, with its hooks, and returns the exit code and output. */
  private TestRepository.Result gitThroughHooks(String... args) {
    return TestRepository.run(repo, Map.of(), null, args);
  }

  /** A bare repository as the remote {@code origin}. */
  private void addBareOrigin() throws Exception {
    Path remote = tmp.resolve("remote.git");
    Files.createDirectories(remote);
    git(remote, "init", "-q", "--bare");
    git(repo, "remote", "add", "origin", remote.toString());
  }

  private Path hook(String name) throws Exception {
    return layout.hooksDirectory().resolve(name);
  }

  @Test
  void installCreatesExecutableHooksAndIsIdempotent() throws Exception {
    HookInstaller.Result first = install();
    assertThat(first.changed()).contains("pre-commit", "commit-msg", "pre-push");
    for (String h : HookScripts.HOOKS) {
      assertThat(Files.isExecutable(hook(h))).isTrue();
      assertThat(Files.readString(hook(h))).startsWith("#!/bin/sh\n# >>> tollgate created");
    }
    byte[] before = Files.readAllBytes(hook("pre-commit"));
    HookInstaller.Result second = install();
    assertThat(second.changed()).isEmpty();
    assertThat(Files.readAllBytes(hook("pre-commit"))).isEqualTo(before);
  }

  @Test
  void uninstallDeletesHooksItCreated() throws Exception {
    install();
    HookInstaller.uninstall(layout);
    for (String h : HookScripts.HOOKS) {
      assertThat(hook(h)).doesNotExist();
    }
    assertThat(layout.commonDir().resolve("tollgate")).doesNotExist();
  }

  @Test
  void userShellHookKeepsItsContentRunsAfterOursAndIsRestoredByteForByte() throws Exception {
    String user =
        "#!/bin/bash\n# my hook\r\necho \"user hook ran\" >> \"$(git rev-parse --git-dir)/user.log\"\n# caf\u00e9\n";
    Path preCommit = hook("pre-commit");
    Files.createDirectories(preCommit.getParent());
    byte[] original = user.getBytes(StandardCharsets.UTF_8);
    Files.write(preCommit, original);
    Files.setPosixFilePermissions(preCommit, PosixFilePermissions.fromString("rwxr-x---"));

    install();
    install();
    String installed = Files.readString(preCommit, StandardCharsets.ISO_8859_1);
    assertThat(installed).startsWith("#!/bin/bash\n# >>> tollgate inline");
    assertThat(installed).contains("echo \"user hook ran\"");
    assertThat(HookFile.find(installed)).isPresent();

    // on a feature branch our check passes and the user's part still runs
    git(repo, "switch", "-q", "-c", "feature/x");
    Files.writeString(repo.resolve("a.txt"), "a\n");
    git(repo, "add", "a.txt");
    git(repo, "commit", "-q", "-m", "feat: a");
    assertThat(Files.readString(layout.gitDir().resolve("user.log"))).contains("user hook ran");

    HookInstaller.uninstall(layout);
    assertThat(Files.readAllBytes(preCommit)).isEqualTo(original);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(preCommit)))
        .isEqualTo("rwxr-x---");
  }

  @Test
  void nonShellHookIsChainedAndRestored() throws Exception {
    Path prePush = hook("pre-push");
    Files.createDirectories(prePush.getParent());
    byte[] original = "#!/usr/bin/env python3\nprint('hi')\n".getBytes(StandardCharsets.UTF_8);
    Files.write(prePush, original);
    Files.setPosixFilePermissions(prePush, PosixFilePermissions.fromString("rwxr-xr-x"));

    install();
    Path chained = prePush.resolveSibling("pre-push" + HookFile.CHAINED_SUFFIX);
    assertThat(Files.readAllBytes(chained)).isEqualTo(original);
    assertThat(Files.readString(prePush))
        .contains("# >>> tollgate chained")
        .contains("tollgate-chained");
    assertThat(install().changed()).doesNotContain("pre-push");

    HookInstaller.uninstall(layout);
    assertThat(chained).doesNotExist();
    assertThat(Files.readAllBytes(prePush)).isEqualTo(original);
  }

  @Test
  void chainingRefusesToOverwriteAnEarlierChainedHook() throws Exception {
    Path commitMsg = hook("commit-msg");
    Files.createDirectories(commitMsg.getParent());
    Files.writeString(commitMsg, "not executable\n");
    Files.writeString(commitMsg.resolveSibling("commit-msg" + HookFile.CHAINED_SUFFIX), "x");
    assertThatThrownBy(this::install).hasMessageContaining("already exists");
  }

  @Test
  void commitOnMainIsRejectedByTheInstalledHookAndFeatureBranchIsAccepted() throws Exception {
    install();
    Files.writeString(repo.resolve("b.txt"), "b\n");
    git(repo, "add", "b.txt");
    TestRepository.Result onMain = gitThroughHooks("commit", "-m", "feat: b");
    assertRefused(onMain)
        .contains("protected branch pattern 'main'")
        .contains("git switch -c feature/")
        .contains("git commit --no-verify");

    git(repo, "switch", "-q", "-c", "feature/b");
    TestRepository.Result onFeature = gitThroughHooks("commit", "-m", "feat: b");
    assertThat(onFeature.exit()).as(onFeature.output()).isZero();
    assertThat(onFeature.output()).doesNotContain("--no-verify");
  }

  @Test
  void pushToProtectedBranchIsRejectedAgainstABareRemote() throws Exception {
    addBareOrigin();
    git(repo, "push", "-q", "origin", "main");
    install();
    git(repo, "switch", "-q", "-c", "feature/c");
    Files.writeString(repo.resolve("c.txt"), "c\n");
    git(repo, "add", "c.txt");
    git(repo, "commit", "-q", "-m", "feat: c");

    TestRepository.Result direct = gitThroughHooks("push", "origin", "feature/c:main");
    assertRefused(direct)
        .contains("pushing directly to protected branch 'main'")
        .contains("git push --no-verify");

    TestRepository.Result feature = gitThroughHooks("push", "origin", "feature/c");
    assertThat(feature.exit()).as(feature.output()).isZero();
  }

  @Test
  void badMessageIsRejectedByTheCommitMsgHookWithThePomsRules() throws Exception {
    HookInstaller.install(
        layout,
        runtime(repo, Map.of("tollgate.commits.rules.header-max-length", "error:30")),
        HookScripts.HOOKS);
    git(repo, "switch", "-q", "-c", "feature/d");
    Files.writeString(repo.resolve("d.txt"), "d\n");
    git(repo, "add", "d.txt");
    TestRepository.Result bad = gitThroughHooks("commit", "-m", "Fix stuff");
    assertRefused(bad).contains("Fix stuff").contains("git commit --no-verify");

    TestRepository.Result tooLong =
        gitThroughHooks("commit", "-m", "feat: a header longer than thirty characters");
    assertRefused(tooLong).contains("header-max-length");

    // comments are stripped as git does before the message is linted
    TestRepository.Result good =
        gitThroughHooks("commit", "--cleanup=strip", "-m", "feat: add d\n\n# a comment");
    assertThat(good.exit()).as(good.output()).isZero();
  }

  @Test
  void prePushChecksTheMessagesOfExactlyThePushedCommits() throws Exception {
    addBareOrigin();
    git(repo, "switch", "-q", "-c", "feature/e");
    git(repo, "commit", "-q", "--no-verify", "--allow-empty", "-m", "bad old message");
    git(repo, "push", "-q", "--no-verify", "origin", "feature/e");
    install();
    git(repo, "commit", "-q", "--no-verify", "--allow-empty", "-m", "feat: fine");
    TestRepository.Result ok = gitThroughHooks("push", "origin", "feature/e");
    assertThat(ok.exit()).as(ok.output()).isZero();
    assertThat(ok.output()).doesNotContain("bad old message").doesNotContain("SLF4J");

    git(repo, "commit", "-q", "--no-verify", "--allow-empty", "-m", "wip");
    TestRepository.Result bad = gitThroughHooks("push", "origin", "feature/e");
    assertRefused(bad).contains("commit ").contains("git push --no-verify").doesNotContain("SLF4J");
  }

  @Test
  void preCommitRunsTheFileGuardRailsOnStagedFilesWhenTheFilesGoalIsThere() throws Exception {
    HookInstaller.install(
        layout,
        runtime(repo, Map.of("tollgate.files.skip", "false", "tollgate.files.maxSize", "500KB")),
        HookScripts.HOOKS);
    git(repo, "switch", "-q", "-c", "feature/f");
    Files.writeString(
        repo.resolve("conflict.txt"), "a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> other\n");
    git(repo, "add", "conflict.txt");
    TestRepository.Result bad = gitThroughHooks("commit", "-m", "feat: f");
    assertRefused(bad)
        .contains("conflict.txt")
        .contains("git commit --no-verify")
        .doesNotContain("SLF4J");

    Files.writeString(repo.resolve("conflict.txt"), "a\n");
    git(repo, "add", "conflict.txt");
    TestRepository.Result good = gitThroughHooks("commit", "-m", "feat: f");
    assertThat(good.exit()).as(good.output()).isZero();
  }

  @Test
  void hooksGoWhereHooksPathPoints() throws Exception {
    git(repo, "config", "core.hooksPath", ".githooks");
    layout = GitLayout.discover(repo, Map.of()).orElseThrow();
    install();
    assertThat(repo.resolve(".githooks/pre-commit")).exists();
    assertThat(repo.resolve(".git/hooks/pre-commit")).doesNotExist();
  }

  private TestRepository.Result commitOnFeatureBranch(
      Path dir, String message, Map<String, String> env) throws Exception {
    TestRepository.run(dir, Map.of(), null, "switch", "-q", "-c", "feature/moved");
    Files.writeString(dir.resolve("m.txt"), "m\n");
    git(dir, "add", "m.txt");
    return TestRepository.run(dir, env, null, "commit", "-m", message);
  }

  @Test
  void aMovedRepositoryKeepsCheckingWithItsOwnRunner() throws Exception {
    install();
    Path moved = tmp.resolve("moved elsewhere");
    Files.move(repo, moved);
    TestRepository.Result bad = commitOnFeatureBranch(moved, "Fix stuff", Map.of());
    assertThat(bad.exit()).as(bad.output()).isNotZero();
    assertThat(bad.output()).contains("Fix stuff").contains("git commit --no-verify");
  }

  @Test
  void aCopiedRepositoryRunsItsOwnRunnerAndSettings() throws Exception {
    install();
    Path copy = tmp.resolve("copy");
    copyTree(repo, copy); // as `cp -a` does; a clone would have no hooks

    HookInstaller.uninstall(layout);
    TestRepository.Result bad = commitOnFeatureBranch(copy, "Fix stuff", Map.of());
    assertThat(bad.exit()).as(bad.output()).isNotZero();
    assertThat(bad.output()).contains("Fix stuff");
  }

  @Test
  void aMissingRunnerBlocksWithTheRepairAndOnlyTheSkipSwitchPasses() throws Exception {
    install();
    Files.delete(layout.commonDir().resolve(HookInstaller.TOOL_DIR).resolve("run"));
    TestRepository.Result blocked = commitOnFeatureBranch(repo, "feat: fine message", Map.of());
    assertRefused(blocked)
        .contains("is missing")
        .contains("mvn quality:install-hooks")
        .contains("git commit --no-verify");
    TestRepository.Result skipped =
        TestRepository.run(
            repo, Map.of("TOLLGATE_SKIP_HOOKS", "1"), null, "commit", "-m", "Fix stuff");
    assertThat(skipped.exit()).as(skipped.output()).isZero();
  }

  @Test
  void aMissingJarBlocksTheCommitInsteadOfCheckingLess() throws Exception {
    HookRuntime full = runtime(repo, Map.of());
    List<Path> cp = new ArrayList<>(full.classpath());
    cp.add(tmp.resolve("cleaned-repository/tollgate-core-0.0.jar"));
    HookInstaller.install(
        layout,
        new HookRuntime("test", full.javaExecutable(), cp, repo, Map.of()),
        HookScripts.HOOKS);
    Files.writeString(
        repo.resolve("token.env"), "TOKEN=ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8\n");
    git(repo, "switch", "-q", "-c", "feature/jar");
    git(repo, "add", "token.env");
    TestRepository.Result blocked =
        TestRepository.run(repo, Map.of(), null, "commit", "-m", "feat: token");
    assertRefused(blocked)
        .contains("tollgate-core-0.0.jar is gone")
        .contains("mvn quality:install-hooks")
        .contains("git commit --no-verify");
  }

  @Test
  void installingFewerHooksRemovesTollgateFromTheOthers() throws Exception {
    install();
    HookInstaller.Result result =
        HookInstaller.install(layout, runtime(repo, Map.of()), List.of("commit-msg"));
    assertThat(result.changed()).contains("pre-commit", "pre-push");
    assertThat(hook("pre-commit")).doesNotExist();
    assertThat(hook("pre-push")).doesNotExist();
    assertThat(Files.readString(hook("commit-msg"))).contains("# >>> tollgate");
  }

  /** Asserts that a hook refused the git command; returns its output for further assertions. */
  private static AbstractStringAssert<?> assertRefused(TestRepository.Result result) {
    assertThat(result.exit()).as(result.output()).isNotZero();
    return assertThat(result.output());
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }
}
