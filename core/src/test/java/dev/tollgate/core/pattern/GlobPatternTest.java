package dev.tollgate.core.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobPatternTest {

  @Test
  void starStaysWithinOneSegment() {
    GlobPattern p = GlobPattern.of("release/*");
    assertThat(p.matches("release/1.x")).isTrue();
    assertThat(p.matches("release/1.x/hotfix")).isFalse();
    assertThat(p.matches("release/")).isTrue();
    assertThat(p.matches("releases/1")).isFalse();
  }

  @Test
  void doubleStarCrossesSegments() {
    assertThat(GlobPattern.of("release/**").matches("release/a/b")).isTrue();
    assertThat(GlobPattern.of("**/x.txt").matches("x.txt")).isTrue();
    assertThat(GlobPattern.of("**/x.txt").matches("a/b/x.txt")).isTrue();
    assertThat(GlobPattern.of("a/**/b").matches("a/b")).isTrue();
    assertThat(GlobPattern.of("a/**/b").matches("a/x/y/b")).isTrue();
  }

  @Test
  void questionMarkIsOneCharacterButNotASeparator() {
    assertThat(GlobPattern.of("v?").matches("v1")).isTrue();
    assertThat(GlobPattern.of("v?").matches("v12")).isFalse();
    assertThat(GlobPattern.of("a?b").matches("a/b")).isFalse();
  }

  @Test
  void everyOtherCharacterIsLiteral() {
    GlobPattern p = GlobPattern.of("org.apache.(x)+[y]:*");
    assertThat(p.matches("org.apache.(x)+[y]:core")).isTrue();
    assertThat(p.matches("orgXapache.(x)+[y]:core")).isFalse();
    assertThat(GlobPattern.of("org.apache.*:*").matches("org.apache.maven:maven-core")).isTrue();
  }

  @Test
  void literalGlobsAreRecognised() {
    assertThat(GlobPattern.of("main").isLiteral()).isTrue();
    assertThat(GlobPattern.of("release/*").isLiteral()).isFalse();
  }

  @Test
  void pathGlobsFollowTheRepositoryConventions() {
    assertThat(GlobPattern.path("*.md").matches("docs/a/readme.md")).isTrue();
    assertThat(GlobPattern.path("*.md").matches("readme.md")).isTrue();
    assertThat(GlobPattern.path("docs/").matches("docs/a/b.txt")).isTrue();
    assertThat(GlobPattern.path("/pom.xml").matches("pom.xml")).isTrue();
    assertThat(GlobPattern.path("/pom.xml").matches("a/pom.xml")).isFalse();
    assertThat(GlobPattern.path("src\\test\\**").matches("src/test/x/y.java")).isTrue();
  }

  @Test
  void pathGlobsWithADirectoryStayInIt() {
    assertThat(GlobPattern.path("docs/*.md").matches("docs/a.md")).isTrue();
    assertThat(GlobPattern.path("docs/*.md").matches("docs/x/a.md")).isFalse();
    assertThat(GlobPattern.path("docs/*.md").matches("x/docs/a.md")).isFalse();
    assertThat(GlobPattern.path("docs/**/*.md").matches("docs/a.md")).isTrue();
    assertThat(GlobPattern.path("docs/**/*.md").matches("docs/x/y/a.md")).isTrue();
    assertThat(GlobPattern.path("src/test/").matches("src/test/a/b.txt")).isTrue();
    assertThat(GlobPattern.path("src/test/").matches("src/testing/a.txt")).isFalse();
    assertThat(GlobPattern.path(" *.md ").matches("a.md")).isTrue();
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
