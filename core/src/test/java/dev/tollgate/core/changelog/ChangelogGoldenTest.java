package dev.tollgate.core.changelog;

import static dev.tollgate.core.versioning.TestCommits.commit;
import static dev.tollgate.core.versioning.TestCommits.merge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.versioning.ReleaseCommit;
import dev.tollgate.core.versioning.SemanticVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Golden files per style: {@code src/test/resources/changelog/<style>-*.md}. Run with {@code
 * -Dtollgate.golden.update=true} to rewrite them after an intended change, then review the diff.
 */
class ChangelogGoldenTest {

  private static final Optional<RepositoryLinks> GITHUB =
      RepositoryLinks.fromRemoteUrl("git@github.com:acme/widget.git");

  static final List<ReleaseCommit> V1_1_0 =
      List.of(
          commit("docs: describe the retry policy"),
          merge("Merge pull request #12 from acme/topic"),
          commit(
              "feat(http)!: retry idempotent requests\n\n"
                  + "Retries are on by default.\n\n"
                  + "BREAKING CHANGE: the `retries` option now counts attempts, not\n"
                  + "re-sends; halve existing values."),
          commit("fix(parser): accept tabs after the colon"),
          commit("feat: add a --quiet flag"),
          commit("chore!: drop Java 11"),
          commit("perf(cache): avoid copying keys"),
          commit("refactor(core): split the walker"),
          commit("fix: handle empty input"),
          commit("feat(api): expose the tag finder"),
          commit("update stuff"));

  static final List<ReleaseCommit> V1_0_0 =
      List.of(commit("feat: first public api"), commit("fix(build): pin the compiler"));

  static ReleaseSection section110(Optional<LocalDate> date) {
    return new ReleaseSection(
        SemanticVersion.parse("1.1.0"), "v1.1.0", Optional.of("v1.0.0"), date, V1_1_0);
  }

  static ReleaseSection section100() {
    return new ReleaseSection(
        SemanticVersion.parse("1.0.0"),
        "v1.0.0",
        Optional.empty(),
        Optional.of(LocalDate.of(2024, 3, 1)),
        V1_0_0);
  }

  @ParameterizedTest
  @EnumSource(ChangelogStyle.class)
  void sectionWithLinks(ChangelogStyle style) {
    String out =
        Changelog.renderSection(style, section110(Optional.of(LocalDate.of(2024, 5, 1))), GITHUB);
    assertGolden(style.name().toLowerCase() + "-section.md", out);
  }

  @ParameterizedTest
  @EnumSource(ChangelogStyle.class)
  void wholeChangelogWithoutRemote(ChangelogStyle style) {
    String out =
        Changelog.renderAll(
            style,
            List.of(section110(Optional.of(LocalDate.of(2024, 5, 1))), section100()),
            Optional.empty());
    assertGolden(style.name().toLowerCase() + "-all.md", out);
  }

  @org.junit.jupiter.api.Test
  void commitizenSectionsWithoutItemsAreTheHeadingAlone() {
    // the expected file was rendered by commitizen 4.17.0's own template (trim_blocks, lstrip)
    ReleaseSection empty =
        new ReleaseSection(
            SemanticVersion.parse("1.2.0"),
            "v1.2.0",
            Optional.of("v1.1.1"),
            Optional.of(LocalDate.of(2024, 6, 1)),
            List.of(commit("docs: only docs"), commit("chore: and chores")));
    ReleaseSection undated =
        new ReleaseSection(
            SemanticVersion.parse("1.1.1"),
            "v1.1.1",
            Optional.of("v1.0.0"),
            Optional.empty(),
            List.of(commit("test: more tests")));
    String out =
        Changelog.renderAll(
            ChangelogStyle.COMMITIZEN, List.of(empty, undated, section100()), Optional.empty());
    assertGolden("commitizen-empty-sections.md", out);
  }

  static void assertGolden(String name, String actual) {
    Path file = Path.of("src/test/resources/changelog", name);
    try {
      if (Boolean.getBoolean("tollgate.golden.update")) {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file; create it with -Dtollgate.golden.update=true").exists();
      assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
