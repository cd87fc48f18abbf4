package dev.tollgate.core.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pins actions against a real bare "action" repository, resolved with ls-remote. */
class ActionPinFixTest {

  @TempDir Path tmp;

  /** A bare repository at remotes/acme/setup.git with v1.0.0, v1.2.3 (annotated), v1 and main. */
  private Map<String, String> actionRepository() {
    TestRepository work = TestRepository.init(tmp.resolve("work"));
    work.write("action.yml", "runs: {using: node20, main: index.js}\n");
    String first = work.commitAll("feat: first");
    work.git("tag", "v1.0.0");
    work.write("index.js", "// 1.2.3\n");
    String second = work.commitAll("feat: second");
    work.git("tag", "-a", "v1.2.3", "-m", "release 1.2.3");
    work.git("tag", "v1");
    Path bare = tmp.resolve("remotes/acme/setup.git");
    TestRepository.git(tmp, "clone", "--bare", "-q", work.dir().toString(), bare.toString());
    return Map.of("first", first, "second", second);
  }

  private ToolPinOptions options() {
    return ToolPinOptions.from(
        Settings.of(
            Map.of(
                "tollgate.pins.actionsRemote",
                tmp.resolve("remotes").toString() + "/{owner}/{repo}.git")));
  }

  @Test
  void pinsTagsAndBranchesLosslesslyAndReportsWhatItCannotResolve() throws IOException {
    Map<String, String> commits = actionRepository();
    Path project = tmp.resolve("project");
    Path workflow = project.resolve(".github/workflows/ci.yml");
    Files.createDirectories(workflow.getParent());
    String before =
        "on: push\r\n"
            + "jobs:\r\n"
            + "  build:\r\n"
            + "    runs-on: ubuntu-latest\r\n"
            + "    steps:\r\n"
            + "      - uses: acme/setup@v1\r\n"
            + "      - 'uses': 'acme/setup@v1.0.0'   # keep me\r\n"
            + "      -   uses:   \"acme/setup/sub@v1\" # tag=v1\r\n"
            + "      - uses: acme/setup@main\r\n"
            + "      - uses: acme/setup@v9\r\n"
            + "      - uses: acme/missing@v1\r\n"
            + "      - uses: ./local\r\n"
            + "      - uses: docker://alpine:3.20\r\n"
            + "      - uses: acme/setup@"
            + commits.get("first")
            + "\r\n";
    Files.writeString(workflow, before, StandardCharsets.UTF_8);

    ActionPinFix.Result result = ActionPinFix.run(project, options());

    String second = commits.get("second");
    assertThat(Files.readString(workflow, StandardCharsets.UTF_8))
        .isEqualTo(
            "on: push\r\n"
                + "jobs:\r\n"
                + "  build:\r\n"
                + "    runs-on: ubuntu-latest\r\n"
                + "    steps:\r\n"
                + "      - uses: acme/setup@"
                + second
                + " # v1.2.3\r\n"
                + "      - 'uses': 'acme/setup@"
                + commits.get("first")
                + "'   # keep me\r\n"
                + "      -   uses:   \"acme/setup/sub@"
                + second
                + "\" # tag=v1.2.3\r\n"
                + "      - uses: acme/setup@"
                + second
                + " # v1.2.3\r\n"
                + "      - uses: acme/setup@v9\r\n"
                + "      - uses: acme/missing@v1\r\n"
                + "      - uses: ./local\r\n"
                + "      - uses: docker://alpine:3.20\r\n"
                + "      - uses: acme/setup@"
                + commits.get("first")
                + "\r\n");
    assertThat(result.changed()).containsExactly(".github/workflows/ci.yml");
    assertThat(result.pinned()).isEqualTo(4);
    assertThat(result.findings())
        .extracting(f -> f.location().display() + " " + f.message())
        .containsExactly(
            ".github/workflows/ci.yml:10:15 could not pin acme/setup@v9: "
                + tmp.resolve("remotes")
                + "/acme/setup.git has no tag or branch v9",
            ".github/workflows/ci.yml:11:15 could not pin acme/missing@v1: cannot list the refs of "
                + tmp.resolve("remotes")
                + "/acme/missing.git: "
                + tmp.resolve("remotes")
                + "/acme/missing.git: not found.");

    // a second run has nothing left to pin and changes nothing
    ActionPinFix.Result again = ActionPinFix.run(project, options());
    assertThat(again.changed()).isEmpty();
  }
}
