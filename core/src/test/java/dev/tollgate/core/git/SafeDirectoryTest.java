package dev.tollgate.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tollgate.core.hooks.HookInstaller;
import dev.tollgate.core.hooks.HookRuntime;
import dev.tollgate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeDirectoryTest {

  @TempDir Path tmp;

  private static final Path HOME = Path.of("/home/dev");

  @Test
  void theRuleOfSafeDirectoryValues() {
    Path repo = Path.of("/srv/repos/app");
    assertThat(SafeDirectory.trusts(List.of(), repo, HOME)).isFalse();
    assertThat(SafeDirectory.trusts(List.of("/srv/repos/app"), repo, HOME)).isTrue();
    assertThat(SafeDirectory.trusts(List.of("/srv/repos/app/"), repo, HOME)).isTrue();
    assertThat(SafeDirectory.trusts(List.of("/srv/repos/other"), repo, HOME)).isFalse();
    assertThat(SafeDirectory.trusts(List.of("/srv/repos"), repo, HOME)).isFalse();
    assertThat(SafeDirectory.trusts(List.of("*"), repo, HOME)).isTrue();
    assertThat(SafeDirectory.trusts(List.of("/srv/repos/*"), repo, HOME)).isTrue();
    assertThat(SafeDirectory.trusts(List.of("/srv/rep*"), repo, HOME)).isFalse();
    // an empty value clears what came before it
    assertThat(SafeDirectory.trusts(List.of("*", ""), repo, HOME)).isFalse();
    assertThat(SafeDirectory.trusts(List.of("", "/srv/repos/app"), repo, HOME)).isTrue();
    assertThat(SafeDirectory.trusts(List.of("~/app"), HOME.resolve("app"), HOME)).isTrue();
  }

  @Test
  void onlySystemAndGlobalConfigurationCount() throws IOException {
    Path system = Files.writeString(tmp.resolve("system"), "[safe]\n\tdirectory = /from/system\n");
    Path global = Files.writeString(tmp.resolve("global"), "[safe]\n\tdirectory = /from/global\n");
    Path home = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(home.resolve(".gitconfig"), "[safe]\n\tdirectory = /from/home\n");
    Files.createDirectories(home.resolve(".config/git"));
    Files.writeString(home.resolve(".config/git/config"), "[safe]\n\tdirectory = /from/xdg\n");

    assertThat(
            SafeDirectory.protectedValues(
                Map.of(
                    "GIT_CONFIG_SYSTEM",
                    system.toString(),
                    "GIT_CONFIG_GLOBAL",
                    global.toString())))
        .containsExactly("/from/system", "/from/global");
    assertThat(
            SafeDirectory.protectedValues(
                Map.of(
                    "GIT_CONFIG_NOSYSTEM", "1",
                    "GIT_CONFIG_SYSTEM", system.toString(),
                    "HOME", home.toString())))
        .containsExactly("/from/xdg", "/from/home");
    assertThat(
            SafeDirectory.protectedValues(
                Map.of(
                    "GIT_CONFIG_NOSYSTEM", "true",
                    "XDG_CONFIG_HOME", tmp.resolve("none").toString(),
                    "HOME", home.toString())))
        .containsExactly("/from/home");
  }

  @Test
  void aRepositoryOfTheCurrentUserIsAccepted() {
    TestRepository repo = TestRepository.init(tmp.resolve("mine"), "feat: a");
    assertThatCode(() -> GitRepository.open(repo.dir(), isolated(null)).close())
        .doesNotThrowAnyException();
  }

  /**
   * As root: a repository chowned to another uid is refused, by git and by Tollgate alike, until
   * the global configuration lists it; the repository's own configuration cannot vouch for itself.
   */
  @Test
  void aRepositoryOfAnotherUserIsRefusedUnlessTheGlobalConfigurationTrustsIt() throws Exception {
    Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name")),
        "needs root to chown a repository to another user; the rule itself is covered by"
            + " theRuleOfSafeDirectoryValues and onlySystemAndGlobalConfigurationCount");
    TestRepository repo = TestRepository.init(tmp.resolve("theirs"), "feat: a");
    repo.git("config", "safe.directory", "*"); // the repository's own word does not count
    Path dir = repo.dir().toRealPath();
    TestRepository.Result chown =
        TestRepository.exec(
            tmp, Map.of(), null, List.of("chown", "-R", "12345:12345", dir.toString()));
    assertThat(chown.exit()).as(chown.output()).isZero();
    Path global = tmp.resolve("global.gitconfig");
    Files.writeString(global, "");
    Map<String, String> env = isolated(global);

    // git itself refuses it: the rule Tollgate copies
    TestRepository.Result status =
        TestRepository.run(dir, Map.of("GIT_CONFIG_GLOBAL", global.toString()), null, "status");
    assertThat(status.output()).contains("dubious ownership");

    GitException e = catchThrowableOfType(() -> GitRepository.open(dir, env), GitException.class);
    assertThat(e.kind()).isEqualTo(GitException.Kind.UNSAFE_OWNERSHIP);
    assertThat(e.getMessage())
        .contains("belongs to user 12345")
        .endsWith("git config --global --add safe.directory " + dir);
    GitLayout layout = GitLayout.discover(dir, env).orElseThrow();
    assertThat(
            catchThrowableOfType(() -> SafeDirectory.require(layout, env), GitException.class)
                .kind())
        .isEqualTo(GitException.Kind.UNSAFE_OWNERSHIP);
    // the hook installer asks the same question (with the process's own git configuration)
    if (!SafeDirectory.trusts(SafeDirectory.protectedValues(System.getenv()), dir, HOME)) {
      HookRuntime runtime = new HookRuntime("1.0", Path.of("java"), List.of(), dir, Map.of());
      assertThat(
              catchThrowableOfType(
                  () -> HookInstaller.install(layout, runtime, List.of("pre-commit")),
                  GitException.class))
          .hasMessageContaining("safe.directory");
      assertThat(dir.resolve(".git/hooks/pre-commit")).doesNotExist();
    }

    Files.writeString(global, "[safe]\n\tdirectory = " + dir + "\n");
    assertThat(
            TestRepository.run(dir, Map.of("GIT_CONFIG_GLOBAL", global.toString()), null, "status")
                .exit())
        .isZero();
    assertThatCode(() -> GitRepository.open(dir, env).close()).doesNotThrowAnyException();
    assertThatCode(() -> SafeDirectory.require(layout, env)).doesNotThrowAnyException();

    Files.writeString(global, "[safe]\n\tdirectory = *\n");
    assertThatCode(() -> GitRepository.open(dir, env).close()).doesNotThrowAnyException();

    Files.writeString(global, "[safe]\n\tdirectory = *\n\tdirectory =\n");
    assertThat(catchThrowableOfType(() -> GitRepository.open(dir, env), GitException.class).kind())
        .isEqualTo(GitException.Kind.UNSAFE_OWNERSHIP);
  }

  /** An environment with no system configuration and the given global file (none when null). */
  private Map<String, String> isolated(Path global) {
    Map<String, String> env = new HashMap<>();
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("HOME", tmp.resolve("no-home").toString());
    env.put("GIT_CONFIG_GLOBAL", global == null ? "" : global.toString());
    return env;
  }
}
