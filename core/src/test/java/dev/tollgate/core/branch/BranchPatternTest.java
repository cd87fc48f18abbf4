package dev.tollgate.core.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BranchPatternTest {

  @Test
  void exactNames() {
    BranchPattern p = BranchPattern.parse("main");
    assertThat(p.isExactName()).isTrue();
    assertThat(p.matches("main")).isTrue();
    assertThat(p.matches("main2")).isFalse();
    assertThat(p.matches("feature/main")).isFalse();
  }

  @Test
  void dotsAndSpecialCharactersAreLiteral() {
    BranchPattern p = BranchPattern.parse("release-1.x");
    assertThat(p.matches("release-1.x")).isTrue();
    assertThat(p.matches("release-1-x")).isFalse();
  }

  @Test
  void singleStarStaysInOneSegment() {
    BranchPattern p = BranchPattern.parse("release/*");
    assertThat(p.isExactName()).isFalse();
    assertThat(p.matches("release/1.0")).isTrue();
    assertThat(p.matches("release/")).isTrue();
    assertThat(p.matches("release/1.0/hotfix")).isFalse();
    assertThat(p.matches("releases/1.0")).isFalse();
  }

  @Test
  void doubleStarSpansSegments() {
    BranchPattern p = BranchPattern.parse("release/**");
    assertThat(p.matches("release/1.0/hotfix")).isTrue();
    assertThat(BranchPattern.parse("v?").matches("v1")).isTrue();
    assertThat(BranchPattern.parse("v?").matches("v10")).isFalse();
  }

  @Test
  void doubleStarSlashAlsoMatchesNoSegment() {
    // changed with the one glob language: before, "**/" needed at least one segment
    assertThat(BranchPattern.parse("**/hotfix").matches("hotfix")).isTrue();
    assertThat(BranchPattern.parse("**/hotfix").matches("team/a/hotfix")).isTrue();
    assertThat(BranchPattern.parse("team/**/release").matches("team/release")).isTrue();
    assertThat(BranchPattern.parse("team/**/release").matches("team/x/y/release")).isTrue();
    assertThat(BranchPattern.parse("team/**/release").matches("team/releases")).isFalse();
  }

  @Test
  void regularExpressionsRunInLinearTime() {
    BranchPattern p = BranchPattern.parse("regex:(a+)+b");
    assertThat(p.isExactName()).isFalse();
    assertThat(p.matches("a".repeat(50_000))).isFalse();
  }

  @Test
  void regexMustMatchTheWholeName() {
    BranchPattern p = BranchPattern.parse("regex:hotfix-\\d+");
    assertThat(p.matches("hotfix-12")).isTrue();
    assertThat(p.matches("hotfix-12a")).isFalse();
    assertThat(p.matches("my-hotfix-12")).isFalse();
  }

  @Test
  void invalidPatternsAreRejectedWithTheirText() {
    assertThatThrownBy(() -> BranchPattern.parse("regex:("))
        .hasMessageContaining("regex:(")
        .hasMessageContaining("docs/patterns.md");
    // RE2 has no backreferences: rejected when parsed, not when a branch is checked
    assertThatThrownBy(() -> BranchPattern.parse("regex:(a)\\1")).hasMessageContaining("regex:");
    assertThatThrownBy(() -> BranchPattern.parse(" ")).hasMessageContaining("empty");
  }

  @Test
  void listsAcceptCommaSeparatedEntries() {
    ProtectedBranches b = ProtectedBranches.parse(List.of("main, master", "release/*", ""));
    assertThat(b.patterns())
        .extracting(BranchPattern::spec)
        .containsExactly("main", "master", "release/*");
    assertThat(b.match("release/2").orElseThrow().spec()).isEqualTo("release/*");
    assertThat(b.match("feature/x")).isEmpty();
    assertThat(ProtectedBranches.parse(List.of("regex:a{1,2}")).match("aa")).isPresent();
  }
}
