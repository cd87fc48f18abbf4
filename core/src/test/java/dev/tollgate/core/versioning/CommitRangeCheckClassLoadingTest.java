package dev.tollgate.core.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.core.testing.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quality:commits} over a range, with git on the {@code PATH}, opens the repository,
 * resolves the range and reads the commits through git: loading JGit would cost a cold JVM about a
 * second of CPU, more than the check itself. Run in a JVM of its own, as the goal runs.
 */
class CommitRangeCheckClassLoadingTest {

  @TempDir Path tmp;

  /** Runs the range check of {@code args[0]} from {@code args[1]} and prints the counts. */
  public static final class Main {
    public static void main(String[] args) {
      CommitRangeCheck.Result r =
          CommitRangeCheck.run(
              new CommitRangeCheck.Request(
                  Path.of(args[0]),
                  args[1],
                  null,
                  "v${version}",
                  0,
                  CommitLintConfig.conventional()),
              Map.of());
      System.out.println(
          "checked=" + r.checked() + " findings=" + r.report().findings().size() + " " + r.notes());
    }
  }

  @Test
  void theRangeCheckLoadsNoJgitWhenGitIsThere() throws Exception {
    TestRepository f = TestRepository.init(tmp.resolve("r"), "chore: initial commit");
    String root = f.git("rev-parse", "HEAD").strip();
    f.commit("feat: good");
    f.commit("update stuff");
    Path classes = tmp.resolve("classes.log");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + classes,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                f.dir().toString(),
                root)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).startsWith("checked=2 findings=1 ");
    String loaded = Files.readString(classes);
    assertThat(loaded).contains("dev.tollgate.core.git.GitLogWalk");
    assertThat(loaded).doesNotContain("org.eclipse.jgit").doesNotContain("JGitRepository");
  }
}
