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

  /**
   * Commits for real under {@code core.commentChar=auto} with a commit-msg hook that keeps the file
   * git passed; what we read from it must be the message git recorded.
   */
  private void assertAutoCommentCharAsGit(Map<String, String> env, String... commitArgs)
      throws Exception {
    TestRepository repo = TestRepository.init(tmp.resolve("auto"), "chore: init");
    repo.git("config", "core.commentChar", "auto");
    Path hook = repo.dir().resolve(".git/hooks/commit-msg");
    Files.writeString(hook, "#!/bin/sh\ncp \"$1\" captured\n");
    hook.toFile().setExecutable(true);
    String[] args = new String[commitArgs.length + 2];
    args[0] = "commit";
    args[1] = "-q";
    System.arraycopy(commitArgs, 0, args, 2, commitArgs.length);
    TestRepository.Result r = TestRepository.run(repo.dir(), env, null, args);
    assertThat(r.exit()).as(r.output()).isZero();
    Path captured = repo.dir().resolve("captured");
    String recorded = repo.git("log", "-1", "--format=%B").strip() + "\n";
    assertThat(CommitMessageFile.read(captured, GitLayout.discover(repo.dir(), Map.of())).message())
        .as(Files.readString(captured))
        .isEqualTo(recorded);
  }

  @Test
  void autoCommentCharIsTheOneGitChose() throws Exception {
    // '#' starts a line of the message, so git comments with ';' and keeps '#123 …'
    assertAutoCommentCharAsGit(
        Map.of("GIT_EDITOR", "true"), "--allow-empty", "-e", "-m", "fix: x", "-m", "#123 fixed");
  }

  @Test
  void autoCommentCharWithScissors() throws Exception {
    assertAutoCommentCharAsGit(
        Map.of("GIT_EDITOR", "true"),
        "--allow-empty",
        "-e",
        "-v",
        "--cleanup=scissors",
        "-m",
        "fix: y",
        "-m",
        "#1 and ;2",
        "-m",
        "; kept");
  }

  @Test
  void autoCommentCharWithoutGitsCommentLines() throws Exception {
    assertAutoCommentCharAsGit(
        Map.of("GIT_EDITOR", "true"), "--allow-empty", "-m", "fix: z", "-m", "#7 stays");
    assertThat(GitMessageCleanup.autoCommentChar("fix: a\n\n#1\n;2\n")).isEqualTo("@");
    assertThat(GitMessageCleanup.autoCommentChar("fix: a\n\nb # c\n")).isEqualTo("#");
  }

  @Test
  void autoCommentCharFromAnEditedTemplate() throws Exception {
    // the editor adds a body line starting with '#' after git chose '#' from the empty message
    Path editor = tmp.resolve("editor.sh");
    Files.writeString(
        editor,
        "#!/bin/sh\n{ printf 'feat: edited\\n\\n#4 is a comment here\\n'; cat \"$1\"; } > \"$1.new\"\n"
            + "mv \"$1.new\" \"$1\"\n");
    editor.toFile().setExecutable(true);
    assertAutoCommentCharAsGit(Map.of("GIT_EDITOR", editor.toString()), "--allow-empty");
  }
}
