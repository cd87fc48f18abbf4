package dev.tollgate.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GitConfig} against {@code git config} itself, on real repositories and files. */
class GitConfigTest {

  @TempDir Path tmp;

  private Path home;
  private Map<String, String> env;

  @BeforeEach
  void environment() throws IOException {
    home = Files.createDirectories(tmp.resolve("home"));
    env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", home.toString());
    env.put("LC_ALL", "C");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
  }

  /** What {@code git ARGS} prints, run in {@code dir} with exactly {@link #env}. */
  private String git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    return exit == 0 ? out : "exit " + exit;
  }

  /** {@code git config --get KEY}, as {@link GitConfig#get} answers it. */
  private Optional<String> gitGet(Path dir, String key) throws Exception {
    return gitGet(dir, List.of(), key);
  }

  private Optional<String> gitGet(Path dir, List<String> options, String key) throws Exception {
    List<String> args = new ArrayList<>(List.of("config"));
    args.addAll(options);
    args.addAll(List.of("--get", key));
    String out = git(dir, args.toArray(String[]::new));
    return out.startsWith("exit ") ? Optional.empty() : Optional.of(out.replaceAll("\n$", ""));
  }

  private GitLayout layout(Path dir) throws IOException {
    return GitLayout.discover(dir, env).orElseThrow();
  }

  private void assertSameAsGit(Path dir, String... keys) throws Exception {
    GitConfig ours = GitConfig.read(layout(dir), env);
    for (String key : keys) {
      assertThat(ours.get(key)).as(key).isEqualTo(gitGet(dir, key));
    }
  }

  @Test
  void layersInGitsOrder() throws Exception {
    Path repo = TestRepository.initWithReadme(tmp.resolve("repo")).dir();
    Path system = tmp.resolve("system");
    Files.writeString(system, "[core]\n\tcommentChar = !\n[i18n]\n\tcommitEncoding = sys\n");
    env.put("GIT_CONFIG_NOSYSTEM", "0");
    env.put("GIT_CONFIG_SYSTEM", system.toString());
    Files.createDirectories(home.resolve(".config/git"));
    Files.writeString(home.resolve(".config/git/config"), "[t]\n\txdg = x\n\tboth = xdg\n");
    Files.writeString(home.resolve(".gitconfig"), "[t]\n\tboth = home\n\thome = h\n");
    Files.writeString(
        repo.resolve(".git/config"),
        "[t]\n\trepo = r\n\twt = from-repo\n[extensions]\n\tworktreeConfig = true\n",
        java.nio.file.StandardOpenOption.APPEND);
    git(repo, "config", "--worktree", "t.wt", "from-worktree");
    String[] keys = {
      "core.commentChar", "i18n.commitEncoding", "t.xdg", "t.both", "t.home", "t.repo", "t.wt"
    };
    assertSameAsGit(repo, keys);
    assertThat(GitConfig.read(layout(repo), env).get("t.wt")).contains("from-worktree");

    env.put("XDG_CONFIG_HOME", tmp.resolve("elsewhere").toString());
    assertSameAsGit(repo, keys);
    env.put("GIT_CONFIG_GLOBAL", home.resolve(".config/git/config").toString());
    assertSameAsGit(repo, keys);
    env.put("GIT_CONFIG_NOSYSTEM", "true");
    assertSameAsGit(repo, keys);
    assertThat(GitConfig.read(layout(repo), env).get("core.commentChar")).isEmpty();
  }

  @Test
  void commandLineSettingsComeLast() throws Exception {
    Path repo = TestRepository.initWithReadme(tmp.resolve("repo")).dir();
    git(repo, "config", "core.commentChar", ";");
    // what git exports to hooks and aliases for `git -c …`
    String parameters =
        git(
                repo,
                "-c",
                "core.commentChar=%",
                "-c",
                "Sub.With Case.Key=it's \"quoted\"",
                "-c",
                "flag.alone",
                "-c",
                "alias.penv=!printf %s \"$GIT_CONFIG_PARAMETERS\"",
                "penv")
            .strip();
    assertThat(parameters).contains("'core.commentChar'='%'");
    env.put("GIT_CONFIG_PARAMETERS", parameters);
    env.put("GIT_CONFIG_COUNT", "1");
    env.put("GIT_CONFIG_KEY_0", "i18n.commitEncoding");
    env.put("GIT_CONFIG_VALUE_0", "ISO-8859-1");
    assertSameAsGit(
        repo, "core.commentChar", "sub.With Case.key", "flag.alone", "i18n.commitEncoding");
    assertThat(GitConfig.read(layout(repo), env).get("core.commentchar")).contains("%");
    assertThat(GitConfig.read(layout(repo), env).bool("flag.alone", false)).isTrue();
    assertThat(GitConfig.parameters("'a.b=c d' 'e.f'")).hasSize(2);
    assertThat(GitConfig.parameters("'a.b=c d' 'e.f'").get(0)).containsExactly("a.b", "c d");
    assertThat(GitConfig.parameters("'a.b'= 'x.y'='it'\\''s'").get(1))
        .containsExactly("x.y", "it's");
  }

  @Test
  void theFileGrammarIsGits() throws Exception {
    String text =
        "\uFEFF# a comment\n"
            + "; another\n"
            + "[Core]\n"
            + "\tcommentChar = \"#\" ; trailing comment\n"
            + "\tSpaced =   inner   spaces   kept   \n"
            + "\tquoted = \" lead and trail \"\n"
            + "\tescapes = tab\\there\\nnew \\\\ \\\"q\\\"\n"
            + "\tcontinued = one \\\n"
            + "two\n"
            + "\tflag\n"
            + "\tempty =\n"
            + "\thash = a#b\n"
            + "\tquotedHash = \"a#b\"\n"
            + "[remote \"Origin\"]\n"
            + "\turl = u1\r\n"
            + "[remote \"a\\\"b\\\\c\"] url = u2\n"
            + "[Old.Style]\n"
            + "\tkey = old\n"
            + "[multi]\n"
            + "\tv = 1\n"
            + "\tv = 2\n"
            + "[core]\n"
            + "\tcommentString = //\n"
            + "[unicode]\n"
            + "\tvalue = \u2051 \u00e9\n"
            + "[Core \"Sub\"]key-1 = x\n";
    Path file = tmp.resolve("config");
    Files.writeString(file, text);
    String listed = git(tmp, "config", "--file", file.toString(), "--list", "-z");
    GitConfig ours = GitConfig.parse(text, file, env);
    List<String> gitEntries = List.of(listed.split("\0"));
    assertThat(gitEntries).hasSizeGreaterThan(15);
    for (String entry : gitEntries) {
      int nl = entry.indexOf('\n');
      String key = nl < 0 ? entry : entry.substring(0, nl);
      List<String> values = new ArrayList<>();
      for (String e : gitEntries) {
        int n = e.indexOf('\n');
        if ((n < 0 ? e : e.substring(0, n)).equals(key)) {
          values.add(n < 0 ? "" : e.substring(n + 1));
        }
      }
      assertThat(ours.getAll(key)).as(key).isEqualTo(values);
      assertThat(ours.get(key))
          .as(key)
          .isEqualTo(gitGet(tmp, List.of("--file", file.toString()), key));
    }
    assertThat(ours.get("core.spaced")).contains("inner   spaces   kept");
    assertThat(ours.get("remote.Origin.url")).contains("u1");
    assertThat(ours.get("remote.origin.url")).isEmpty();
    assertThat(ours.lastOf("core.commentChar", "core.commentString")).contains("//");
    assertThat(ours.bool("core.flag", false)).isTrue();
    assertThat(ours.bool("core.empty", true)).isFalse();
    assertThat(ours.get("unicode.value")).contains("\u2051 \u00e9");
  }

  @Test
  void badLinesFailNamingTheFile() throws Exception {
    for (String bad :
        List.of(
            "[core\n",
            "[core]\n\tkey = \"open\n",
            "[core]\n\tkey = bad \\q escape\n",
            "[core]\n\t1key = x\n",
            "[core]\n\tkey # x\n",
            "[sec \"sub]\n")) {
      Path file = tmp.resolve("bad");
      Files.writeString(file, bad);
      assertThat(git(tmp, "config", "--file", file.toString(), "--list")).startsWith("exit ");
      assertThatThrownBy(() -> GitConfig.parse(bad, file, env))
          .as(bad)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("bad config line")
          .hasMessageContaining(file.toString());
    }
    assertThatThrownBy(() -> GitConfig.parse("[a]\n\tb = maybe\n", tmp, env).bool("a.b", false))
        .hasMessageContaining("bad boolean config value 'maybe' for 'a.b'");
  }

  @Test
  void includesAreFollowedWhereTheyStand() throws Exception {
    Path repo = TestRepository.initWithReadme(tmp.resolve("repo")).dir();
    Files.createDirectories(repo.resolve(".git/inc"));
    Files.writeString(
        repo.resolve(".git/inc/one"),
        "[t]\n\ta = from-one\n\tb = from-one\n[include]\n\tpath = two\n");
    Files.writeString(repo.resolve(".git/inc/two"), "[t]\n\tc = from-two\n");
    Files.writeString(home.resolve("home-inc"), "[t]\n\td = from-home\n");
    Files.writeString(
        repo.resolve(".git/config"),
        "[t]\n\ta = before\n[include]\n\tpath = inc/one\n\tpath = missing\n"
            + "\tpath = ~/home-inc\n[t]\n\tb = after\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertSameAsGit(repo, "t.a", "t.b", "t.c", "t.d");
    assertThat(GitConfig.read(layout(repo), env).get("t.b")).contains("after");

    Files.writeString(repo.resolve(".git/inc/two"), "[include]\n\tpath = one\n");
    assertThatThrownBy(() -> GitConfig.read(layout(repo), env))
        .hasMessageContaining("maximum include depth");
  }

  @Test
  void conditionalIncludesAreLeftToGit() throws Exception {
    Path repo = TestRepository.initWithReadme(tmp.resolve("work/repo")).dir();
    Path other = TestRepository.initWithReadme(tmp.resolve("other")).dir();
    Files.writeString(home.resolve("work.inc"), "[core]\n\tcommentChar = !\n");
    Files.writeString(
        home.resolve(".gitconfig"),
        "[includeIf \"gitdir:" + tmp.resolve("work") + "/\"]\n\tpath = ~/work.inc\n");
    assertSameAsGit(repo, "core.commentChar");
    assertThat(GitConfig.read(layout(repo), env).get("core.commentChar")).contains("!");
    assertSameAsGit(other, "core.commentChar");
    assertThat(GitConfig.read(layout(other), env).get("core.commentChar")).isEmpty();
  }

  @Test
  void theSystemFileIsTheOneOfTheGitOnThePath() throws Exception {
    env.remove("GIT_CONFIG_NOSYSTEM");
    // git names its system file when asked to list it
    ProcessBuilder pb =
        new ProcessBuilder("git", "config", "--system", "--list", "--show-origin")
            .redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?:file:|config file ')([^\\t']+)").matcher(out);
    if (m.find()) {
      assertThat(GitConfig.systemFile(env)).isEqualTo(Path.of(m.group(1)));
    } else {
      assertThat(GitConfig.systemFile(env)).isEqualTo(Path.of("/etc/gitconfig"));
    }
    env.put("GIT_CONFIG_SYSTEM", "/x/y");
    assertThat(GitConfig.systemFile(env)).isEqualTo(Path.of("/x/y"));
  }
}
