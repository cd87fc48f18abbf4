package dev.tollgate.core.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobPatternTest {

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # * stays within one segment
          release/*            | release/1.x                  | true
          release/*            | release/1.x/hotfix           | false
          release/*            | release/                     | true
          release/*            | releases/1                   | false
          # ** crosses segments
          release/**           | release/a/b                  | true
          **/x.txt             | x.txt                        | true
          **/x.txt             | a/b/x.txt                    | true
          a/**/b               | a/b                          | true
          a/**/b               | a/x/y/b                      | true
          # ? is one character, but not a separator
          v?                   | v1                           | true
          v?                   | v12                          | false
          a?b                  | a/b                          | false
          # every other character is literal
          org.apache.(x)+[y]:* | org.apache.(x)+[y]:core      | true
          org.apache.(x)+[y]:* | orgXapache.(x)+[y]:core      | false
          org.apache.*:*       | org.apache.maven:maven-core  | true
          """)
  void wholeTextGlobs(String glob, String text, boolean matches) {
    assertThat(GlobPattern.of(glob).matches(text)).isEqualTo(matches);
  }

  @Test
  void literalGlobsAreRecognised() {
    assertThat(GlobPattern.of("main").isLiteral()).isTrue();
    assertThat(GlobPattern.of("release/*").isLiteral()).isFalse();
  }

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # the repository conventions: no / is any directory, a trailing / is everything below
          *.md           | docs/a/readme.md   | true
          *.md           | readme.md          | true
          docs/          | docs/a/b.txt       | true
          /pom.xml       | pom.xml            | true
          /pom.xml       | a/pom.xml          | false
          src\\test\\**  | src/test/x/y.java  | true
          ' *.md '       | a.md               | true
          # a glob with a directory stays in it
          docs/*.md      | docs/a.md          | true
          docs/*.md      | docs/x/a.md        | false
          docs/*.md      | x/docs/a.md        | false
          docs/**/*.md   | docs/a.md          | true
          docs/**/*.md   | docs/x/y/a.md      | true
          src/test/      | src/test/a/b.txt   | true
          src/test/      | src/testing/a.txt  | false
          """)
  void pathGlobs(String glob, String path, boolean matches) {
    assertThat(GlobPattern.path(glob).matches(path)).isEqualTo(matches);
  }

  @Test
  void theLiteralEndOfAGlobIsAFirstTestNotAStricterOne() {
    assertThat(GlobPattern.path("Pipfile").matches("Pipfile")).isTrue();
    assertThat(GlobPattern.path("Pipfile").matches("a/Pipfile")).isTrue();
    assertThat(GlobPattern.path("Pipfile").matches("a/Pipfile.lock")).isFalse();
    assertThat(GlobPattern.path("**/*.toml").matches("x.toml")).isTrue();
    assertThat(GlobPattern.path("a/**/b.toml").matches("a/b.toml")).isTrue();
    assertThat(GlobPattern.of("v?").matches("v1")).isTrue();
    assertThat(GlobPattern.of("*").matches("")).isTrue();
  }

  @Test
  void pathListsSkipBlankEntries() {
    List<GlobPattern> globs = GlobPattern.paths(java.util.Arrays.asList("*.md", " ", "", null));
    assertThat(globs).hasSize(1);
    assertThat(GlobPattern.anyMatches(globs, "a/b.md")).isTrue();
    assertThat(GlobPattern.anyMatches(GlobPattern.paths(List.of("")), "")).isFalse();
  }

  @Test
  void doubleStarCrossesLineTerminatorsInPaths() {
    // changed with the one glob language: the old path matcher's ** stopped at a line terminator
    assertThat(GlobPattern.path("docs/").matches("docs/a\nb.txt")).isTrue();
    assertThat(GlobPattern.path("docs/**").matches("docs/a\u2028b")).isTrue();
  }

  @Test
  void matchesTextWithNewLines() {
    assertThat(GlobPattern.of("a*b").matches("a\nb")).isTrue();
  }

  @Test
  void linearTimeOnAPathologicalPattern() {
    GlobPattern p = GlobPattern.of("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
    assertThat(p.matches("a".repeat(20_000))).isFalse();
  }

  @Test
  void anyMatchesAndToString() {
    List<GlobPattern> globs = List.of(GlobPattern.of("main"), GlobPattern.of("release/*"));
    assertThat(GlobPattern.anyMatches(globs, "release/2")).isTrue();
    assertThat(GlobPattern.anyMatches(globs, "dev")).isFalse();
    assertThat(globs.get(1)).hasToString("release/*");
  }
}
