package dev.tollgate.core.hooks;

import static dev.tollgate.core.testing.TestRepository.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.git.GitLayout;
import dev.tollgate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed hooks behave as git does, run through real git commands. */
class GitLikeHooksTest {

  @TempDir Path tmp;
  private Path repo;

  @BeforeEach
  void repo() throws Exception {
    repo = TestRepository.initWithReadme(tmp.resolve("r")).dir();
    git(repo, "switch", "-q", "-c", "feature/x");
  }

  private void install(Map<String, String> settings) throws Exception {
    GitLayout layout = GitLayout.discover(repo, Map.of()).orElseThrow();
    HookInstaller.install(layout, HookInstallerTest.runtime(repo, settings), HookScripts.HOOKS);
  }

  private TestRepository.Result commitFile(byte[] message, String... options) throws Exception {
    Path file = tmp.resolve("MSG");
    Files.write(file, message);
    String[] args = new String[options.length + 4];
    args[0] = "commit";
    args[1] = "--allow-empty";
    System.arraycopy(options, 0, args, 2, options.length);
    args[options.length + 2] = "-F";
    args[options.length + 3] = file.toString();
    return TestRepository.run(repo, Map.of(), null, args);
  }

  @Test
  void latin1MessagesAreReadWithTheCommitEncoding() throws Exception {
    install(Map.of());
    git(repo, "config", "i18n.commitEncoding", "ISO-8859-1");
    TestRepository.Result good =
        commitFile("fix: élan vital\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(good.exit()).as(good.output()).isZero();
    TestRepository.Result bad =
        commitFile("fix: Élan vital\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.output())
        .contains("subject-case")
        .doesNotContain("SLF4J")
        .doesNotContain("could not run");
  }

  @Test
  void theCommentCharSetAfterInstallApplies() throws Exception {
    install(Map.of());
    byte[] message = "; a note for myself\nfeat: add it\n".getBytes(StandardCharsets.UTF_8);
    TestRepository.Result before = commitFile(message, "--cleanup=strip");
    assertThat(before.exit()).as(before.output()).isNotZero();
    git(repo, "config", "core.commentChar", ";");
    TestRepository.Result after = commitFile(message, "--cleanup=strip");
    assertThat(after.exit()).as(after.output()).isZero();
  }

  @Test
  void autoCommentCharIsTheOneGitChose() throws Exception {
    install(Map.of());
    git(repo, "config", "core.commentChar", "auto");
    // '#' starts a line of the message, so git comments with ';' and records the long '#' line
    String[] args = {
      "commit", "--allow-empty", "-e", "-m", "fix: x", "-m", "#12 " + "y".repeat(120)
    };
    TestRepository.Result r = TestRepository.run(repo, Map.of("GIT_EDITOR", "true"), null, args);
    assertThat(r.exit()).as(r.output()).isNotZero();
    assertThat(r.output()).contains("body-max-line-length");
    args[6] = "#12 short";
    r = TestRepository.run(repo, Map.of("GIT_EDITOR", "true"), null, args);
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(git(repo, "log", "-1", "--format=%B")).isEqualTo("fix: x\n\n#12 short");
  }

  @Test
  void theCommitMsgHookLoadsNeitherJgitNorSlf4j() throws Exception {
    install(Map.of());
    git(repo, "config", "core.commentChar", "!");
    git(repo, "config", "i18n.commitEncoding", "UTF-8");
    Path classes = tmp.resolve("classes.log");
    TestRepository.Result r =
        TestRepository.run(
            repo,
            Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + classes),
            null,
            "commit",
            "--allow-empty",
            "-q",
            "-m",
            "fix: fast path");
    assertThat(r.exit()).as(r.output()).isZero();
    String loaded = Files.readString(classes);
    assertThat(loaded).contains("dev.tollgate.core.commits.CommitLinter");
    assertThat(loaded).doesNotContain("org.eclipse.jgit").doesNotContain("org.slf4j");
  }

  @Test
  void anEmptyMessageAbortsAsGitDoes() throws Exception {
    install(Map.of());
    TestRepository.Result r =
        commitFile("# only comments\n\n".getBytes(StandardCharsets.UTF_8), "--cleanup=strip");
    assertThat(r.exit()).isNotZero();
    assertThat(r.output())
        .contains("Aborting commit due to empty commit message")
        .doesNotContain("tollgate")
        .doesNotContain("--no-verify");
  }

  @Test
  void fixupsAreAllowedLocallyEvenWhenRangesRejectThem() throws Exception {
    install(Map.of("tollgate.commits.ignoreFixups", "false"));
    git(repo, "commit", "-q", "--allow-empty", "--no-verify", "-m", "feat: base");
    TestRepository.Result r =
        TestRepository.run(repo, Map.of(), null, "commit", "--allow-empty", "--fixup", "HEAD");
    assertThat(r.exit()).as(r.output()).isZero();
  }

  @Test
  void aMergeInProgressIsAMergeWhateverItsMessage() throws Exception {
    install(Map.of());
    git(repo, "commit", "-q", "--allow-empty", "--no-verify", "-m", "feat: one");
    git(repo, "switch", "-q", "-c", "feature/y", "HEAD~1");
    git(repo, "commit", "-q", "--allow-empty", "--no-verify", "-m", "feat: two");
    TestRepository.Result r =
        TestRepository.run(
            repo, Map.of(), null, "merge", "--no-ff", "-m", "bring in the other work", "feature/x");
    assertThat(r.exit()).as(r.output()).isZero();
  }

  @Test
  void pushingToAForkChecksOnlyCommitsNoRemoteHas() throws Exception {
    Path origin = tmp.resolve("origin.git");
    Path fork = tmp.resolve("fork.git");
    for (Path bare : new Path[] {origin, fork}) {
      Files.createDirectories(bare);
      git(bare, "init", "-q", "--bare");
    }
    git(repo, "remote", "add", "origin", origin.toString());
    git(repo, "remote", "add", "fork", fork.toString());
    git(repo, "commit", "-q", "--allow-empty", "--no-verify", "-m", "bad old message");
    git(repo, "push", "-q", "--no-verify", "origin", "feature/x");
    install(Map.of());
    git(repo, "commit", "-q", "--allow-empty", "--no-verify", "-m", "feat: new work");
    TestRepository.Result ok =
        TestRepository.run(repo, Map.of(), null, "push", "fork", "feature/x");
    assertThat(ok.exit()).as(ok.output()).isZero();
    git(repo, "commit", "-q", "--allow-empty", "--no-verify", "-m", "more wip");
    TestRepository.Result bad =
        TestRepository.run(repo, Map.of(), null, "push", "fork", "feature/x");
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.output()).contains("more wip").doesNotContain("bad old message");
  }

  @Test
  void prepareCommitMsgListsTypesAndScopesInTheEditor() throws Exception {
    GitLayout layout = GitLayout.discover(repo, Map.of()).orElseThrow();
    HookInstaller.install(
        layout,
        HookInstallerTest.runtime(
            repo, Map.of("tollgate.commits.rules", "scope-enum=error:core,cli")),
        java.util.List.of("commit-msg", "prepare-commit-msg"));
    Path seen = tmp.resolve("seen.txt");
    String editor = "sh -c 'cp \"$1\" \"" + seen + "\"; echo \"feat(core): add it\" > \"$1\"' sh";
    TestRepository.Result r =
        TestRepository.run(repo, Map.of("GIT_EDITOR", editor), null, "commit", "--allow-empty");
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(Files.readString(seen))
        .contains("# Conventional Commits: type(scope): subject\n")
        .contains(
            "# types: build, chore, ci, docs, feat, fix, perf, refactor, revert, style, test\n")
        .contains("# scopes: core, cli\n");
    // a message given on the command line is left alone
    TestRepository.Result m =
        TestRepository.run(repo, Map.of(), null, "commit", "--allow-empty", "-m", "fix(cli): x");
    assertThat(m.exit()).as(m.output()).isZero();
    assertThat(git(repo, "log", "-1", "--format=%B")).isEqualTo("fix(cli): x");
  }

  @Test
  void aTrackedHooksDirectoryIsNeverWritten() throws Exception {
    Path husky = repo.resolve(".husky");
    Files.createDirectories(husky);
    String userHook = "npx --no -- commitlint --edit \"$1\"\n";
    Files.writeString(husky.resolve("commit-msg"), userHook);
    husky.resolve("commit-msg").toFile().setExecutable(true);
    git(repo, "add", ".husky/commit-msg");
    git(repo, "commit", "-q", "--no-verify", "-m", "chore: husky");
    git(repo, "config", "core.hooksPath", ".husky");
    GitLayout layout = GitLayout.discover(repo, Map.of()).orElseThrow();

    assertThatThrownBy(
            () ->
                HookInstaller.install(
                    layout,
                    HookInstallerTest.runtime(repo, Map.of()),
                    java.util.List.of("commit-msg")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("core.hooksPath is .husky, which git tracks")
        .hasMessageContaining(
            ".husky/commit-msg: sh \"$(git rev-parse --git-common-dir)/tollgate/run\" commit-msg"
                + " \"$@\"");
    assertThat(Files.readString(husky.resolve("commit-msg"))).isEqualTo(userHook);
    assertThat(layout.commonDir().resolve("tollgate/run")).exists();

    Files.writeString(husky.resolve("commit-msg"), TrackedHooks.line("commit-msg") + "\n");
    HookInstaller.install(
        layout, HookInstallerTest.runtime(repo, Map.of()), java.util.List.of("commit-msg"));
    assertThat(Files.readString(husky.resolve("commit-msg")))
        .isEqualTo(TrackedHooks.line("commit-msg") + "\n")
        .doesNotContain(tmp.toString());
    TestRepository.Result bad = commitFile("update stuff\n".getBytes(StandardCharsets.UTF_8));
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.output()).contains("type-empty");
  }
}
