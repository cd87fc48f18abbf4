package dev.tollgate.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.testing.TestRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-commit file checks on real repositories. */
class StagedFilesTest {

  @TempDir Path dir;

  @Test
  void aStagedTokenInAFileWhoseNameIsNotUtf8BlocksTheCommit() throws Exception {
    TestRepository repo = TestRepository.initWithReadme(dir);
    String token = "ghp_" + "a1B2c3D4e5F6".repeat(3);
    var made =
        TestRepository.exec(
            dir,
            Map.of(),
            null,
            List.of(
                "/bin/sh", "-c", "printf 'T=" + token + "\\n' > \"$(printf 'sec\\377ret.env')\""));
    assertThat(made.exit()).as(made.output()).isZero();
    repo.git("add", "-A");

    var report =
        StagedFiles.check(
            dir, Settings.of(Map.of("tollgate.files.skip", "false")), Map.of(), warning -> {});

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("secrets"))
        .extracting(f -> f.location().display())
        .containsExactly("sec\\377ret.env:1:3");
    assertThat(report.findings().toString()).doesNotContain(token);
  }
}
