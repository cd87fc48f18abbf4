package dev.tollgate.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.changelog.ChangelogFile;
import dev.tollgate.core.changelog.ChangelogStyle;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.versioning.SemanticVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseGoalsTest {

  @TempDir Path dir;

  private PrepareOptions options(Map<String, String> settings) {
    ReleaseProject project =
        new ReleaseProject(
            dir,
            "app",
            "1.2.0-SNAPSHOT",
            List.of(dir.resolve("pom.xml")),
            Set.of("com.acme:app"),
            List.of(
                new ReleaseProject.Reference(
                    "org.example", "lib", "1.0-20250101.120000-3", "dependency of com.acme:app")));
    Map<String, String> all = new java.util.HashMap<>(settings);
    all.putIfAbsent(PrepareOptions.PREPARATION_GOALS, "none");
    return PrepareOptions.of(Settings.of(all), project, dir.resolve("target"));
  }

  @Test
  void developmentVersionIsThePatchBumpAsSnapshot() {
    PrepareOptions next = options(Map.of(PrepareOptions.NEXT_DEVELOPMENT, "true"));
    assertThat(ReleaseGoals.developmentVersion(next, SemanticVersion.parse("1.2.0")))
        .contains("1.2.1-SNAPSHOT");
    assertThat(ReleaseGoals.developmentVersion(next, SemanticVersion.parse("1.3.0-rc.1+b.7")))
        .contains("1.3.1-SNAPSHOT");
    assertThat(ReleaseGoals.developmentVersion(next, SemanticVersion.parse("0.9.41")))
        .contains("0.9.42-SNAPSHOT");
    assertThat(ReleaseGoals.developmentVersion(options(Map.of()), SemanticVersion.parse("1.2.0")))
        .isEmpty();
    PrepareOptions explicit =
        options(Map.of(PrepareOptions.DEVELOPMENT_VERSION, " 2.0.0-SNAPSHOT "));
    assertThat(ReleaseGoals.developmentVersion(explicit, SemanticVersion.parse("1.2.0")))
        .contains("2.0.0-SNAPSHOT");
  }

  @Test
  void requestDecidesTagMessagesSnapshotsAndTheChangelogThroughChangelogFile() throws Exception {
    Path changelog = dir.resolve("CHANGELOG.md");
    Files.writeString(changelog, "# Changelog\n\n## [1.1.0] - 2024-01-01\n\n- old\n");
    Map<String, String> settings = new HashMap<>();
    settings.put("tollgate.tagFormat", "@{artifactId}-@{version}");
    settings.put(PrepareOptions.NEXT_DEVELOPMENT, "true");
    settings.put(PrepareOptions.COMMIT_MESSAGE, "release @{tag} (@{version})");
    PrepareOptions options = options(settings);
    SemanticVersion version = SemanticVersion.parse("1.2.0");
    String notes = "## [1.2.0] - 2024-05-01\n\n- new\n";

    PrepareRequest request = ReleaseGoals.request(options, version, Optional.of(notes));

    assertThat(request.tag()).isEqualTo("app-1.2.0");
    assertThat(request.commitMessage()).isEqualTo("release app-1.2.0 (1.2.0)");
    assertThat(request.developmentVersion()).isEqualTo("1.2.1-SNAPSHOT");
    assertThat(request.developmentCommitMessage())
        .isEqualTo("chore(release): start 1.2.1-SNAPSHOT");
    assertThat(request.externalSnapshots())
        .containsExactly("org.example:lib:1.0-20250101.120000-3 (dependency of com.acme:app)");
    FileChange change = request.otherChanges().get(0);
    ChangelogFile.Update shared =
        ChangelogFile.insert(changelog, ChangelogStyle.CONVENTIONAL, notes, "1.2.0");
    assertThat(change.path()).isEqualTo(changelog);
    assertThat(change.after()).isEqualTo(shared.after());
    assertThat(new String(change.after(), StandardCharsets.UTF_8))
        .startsWith("# Changelog\n\n## [1.2.0] - 2024-05-01");
  }

  @Test
  void aChangelogThatIsNotUtf8StopsThePrepareWithTheFix() throws Exception {
    Files.write(dir.resolve("CHANGELOG.md"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
    assertThatThrownBy(
            () ->
                ReleaseGoals.request(
                    options(Map.of()), SemanticVersion.parse("1.2.0"), Optional.of("## 1.2.0\n")))
        .isInstanceOf(ReleaseException.class)
        .hasMessageContaining("is not UTF-8")
        .hasMessageContaining("tollgate.changelog.file");
  }

  @Test
  void aBadVersionFileEntryNamesTheParameter() {
    PrepareOptions options = options(Map.of(PrepareOptions.VERSION_FILES, "README.md"));
    assertThatThrownBy(
            () -> ReleaseGoals.request(options, SemanticVersion.parse("1.2.0"), Optional.empty()))
        .isInstanceOf(ReleaseException.class)
        .hasMessageContaining("(parameter versionFiles)");
  }
}
