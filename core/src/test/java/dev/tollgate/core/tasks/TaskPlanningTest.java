package dev.tollgate.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pure parts: reading the tasks, selecting them by file, batching, the Maven start. */
class TaskPlanningTest {

  private static List<Task> tasks(String lines) {
    return TaskDefinitions.from(Settings.of(Map.of(TaskDefinitions.TASKS, lines)));
  }

  @Test
  void readsTasksInPomOrder() {
    List<Task> tasks =
        tasks(
            "format.stage=pre-commit\nformat.goals=spotless:check\nformat.files=**/*.java\n"
                + "lint.stage=pre-push\nlint.command=./lint.sh {files}\nlint.files=*.sh, docs/*.md");
    assertThat(tasks).extracting(Task::id).containsExactly("format", "lint");
    assertThat(tasks.get(0).goals()).containsExactly("spotless:check");
    assertThat(tasks.get(1).command()).contains("./lint.sh {files}");
    assertThat(tasks.get(1).files()).containsExactly("*.sh", "docs/*.md");
    assertThat(tasks.get(1).stage()).isEqualTo(Stage.PRE_PUSH);
  }

  @Test
  void mistakesNameTheTaskAndTheFix() {
    assertThatThrownBy(() -> tasks("a.stage=pre-commit"))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("tollgate.tasks")
        .hasMessageContaining("task 'a' needs either <goals>");
    assertThatThrownBy(() -> tasks("a.stage=precommit\na.command=x"))
        .hasMessageContaining("unknown stage 'precommit'")
        .hasMessageContaining("pre-commit");
    assertThatThrownBy(() -> tasks("a.stage=pre-commit\na.goals=x:y\na.command=z"))
        .hasMessageContaining("not both");
    assertThatThrownBy(() -> tasks("a.stage=pre-commit\na.goal=x:y"))
        .hasMessageContaining("unknown element <goal>");
    assertThatThrownBy(() -> tasks("a.stage=pre-commit\na.goals=-o spotless:check"))
        .hasMessageContaining("tollgate.tasks.mavenArgs");
  }

  @Test
  void selectsByGlobAndSkip() {
    List<Task> all =
        tasks(
            "java.stage=pre-commit\njava.goals=spotless:check\njava.files=*.java\n"
                + "md.stage=pre-commit\nmd.command=x\nmd.files=docs/\n"
                + "sh.stage=pre-commit\nsh.command=y\nsh.files=*.sh\n"
                + "push.stage=pre-push\npush.command=z");
    TaskSelection s =
        TaskSelection.select(
            all,
            Stage.PRE_COMMIT,
            List.of("core/A.java", "docs/x/a.md", "README.md"),
            Set.of("md", "nope"));
    assertThat(s.run()).containsOnlyKeys(all.get(0));
    assertThat(s.run().get(all.get(0))).containsExactly("core/A.java");
    assertThat(s.skipped()).containsExactly(all.get(1));
    assertThat(s.idle()).containsExactly(all.get(2));
    assertThat(s.unknownSkips()).containsExactly("nope");
    assertThat(TaskSelection.select(all, null, List.of("x.sh"), Set.of()).run())
        .containsOnlyKeys(all.get(2), all.get(3));
    assertThat(TaskSelection.skipList(" a, b c,,")).containsExactly("a", "b", "c");
    assertThat(TaskSelection.skipList(null)).isEmpty();
  }

  @Test
  void batchesStayUnderTheLimitAndKeepEveryArgument() {
    List<String> args = List.of("aaaa", "bbbb", "cccc", "dddd", "eeeeeeeeeeeeeeeeeeeeeeeeeeeeee");
    List<List<String>> batches = ArgumentBatches.split(args, 5, 16);
    assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(args);
    assertThat(batches).hasSize(3);
    assertThat(batches.get(0)).containsExactly("aaaa", "bbbb");
    assertThat(ArgumentBatches.split(List.of(), 0, 10)).isEmpty();
  }

  @Test
  void oneMavenStartForTheStageLimitedToTheOwningModules() {
    List<Task> all =
        tasks(
            "format.stage=pre-commit\nformat.goals=spotless:check\n"
                + "style.stage=pre-commit\nstyle.goals=checkstyle:check spotless:check");
    Map<Task, List<String>> selected = new LinkedHashMap<>();
    selected.put(all.get(0), List.of("core/src/A.java", "core/sub/B.java", "README.md"));
    selected.put(all.get(1), List.of("core/src/A.java"));
    MavenBatch batch =
        MavenBatch.plan(
            selected, List.of("-o"), List.of("", "core", "core/sub", "web"), "/p", false, 100_000);
    assertThat(batch.modules()).containsExactly(".", "core", "core/sub");
    assertThat(batch.arguments())
        .startsWith("-B", "-q", "-Dtollgate.skip=true", "-o", "-pl", ".,core,core/sub")
        .contains("spotless:check", "checkstyle:check");
    assertThat(batch.goals()).containsExactly("spotless:check", "checkstyle:check");
    String filter =
        batch.arguments().stream().filter(a -> a.startsWith("-DspotlessFiles=")).findFirst().get();
    List<Pattern> patterns =
        java.util.Arrays.stream(filter.substring("-DspotlessFiles=".length()).split(","))
            .map(Pattern::compile)
            .toList();
    assertThat(patterns).hasSize(3);
    assertThat(patterns.get(0).matcher("/p/core/src/A.java").matches()).isTrue();
    assertThat(patterns.get(0).matcher("/p/core/src/AXjava").matches()).isFalse();
    assertThat(batch.fileFilter()).isTrue();

    MavenBatch whole = MavenBatch.plan(selected, List.of(), List.of("", "core"), "/p", true, 1000);
    assertThat(whole.arguments()).doesNotContain("-pl").noneMatch(a -> a.contains("spotlessFiles"));
    MavenBatch tooLong = MavenBatch.plan(selected, List.of(), List.of("", "core"), "/p", false, 60);
    assertThat(tooLong.fileFilter()).isFalse();
  }

  @Test
  void awkwardFileNamesStayLiteralInTheSpotlessFilter() {
    String name = "/p/a b,(c)$[d]+.java";
    assertThat(Pattern.compile(MavenBatch.literal(name)).matcher(name).matches()).isTrue();
    assertThat(MavenBatch.literal(name)).doesNotContain(",");
  }

  @Test
  void aFailingGoalIsTracedToItsTask() {
    Task spotless = tasks("f.stage=pre-commit\nf.goals=spotless:check").get(0);
    Task checkstyle = tasks("c.stage=pre-commit\nc.goals=checkstyle:check").get(0);
    Set<String> failed = Set.of("maven-checkstyle-plugin:check");
    assertThat(TaskRunner.failedIn(checkstyle, failed)).isTrue();
    assertThat(TaskRunner.failedIn(spotless, failed)).isFalse();
    assertThat(
            TaskRunner.mavenTail(
                List.of(
                    "[ERROR] Failed to execute goal x:maven-checkstyle-plugin:3.6.0:check -> [Help 1]",
                    "[ERROR] ",
                    "[ERROR] Re-run Maven using the -X switch to enable full debug logging."),
                5))
        .containsExactly(
            "[ERROR] Failed to execute goal x:maven-checkstyle-plugin:3.6.0:check -> [Help 1]");
  }
}
