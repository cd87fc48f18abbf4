package dev.tollgate.core.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BranchPatternTest {

  @Test
  void onlyPatternsWithoutWildcardsAreExactNames() {
    assertThat(BranchPattern.parse("main").isExactName()).isTrue();
    assertThat(BranchPattern.parse("release/*").isExactName()).isFalse();
  }

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # exact names
          main            | main               | true
          main            | main2              | false
          main            | feature/main       | false
          # dots and special characters are literal
          release-1.x     | release-1.x        | true
          release-1.x     | release-1-x        | false
          # * stays in one segment
          release/*       | release/1.0        | true
          release/*       | release/           | true
          release/*       | release/1.0/hotfix | false
          release/*       | releases/1.0       | false
          # ** spans segments, ? is one character
          release/**      | release/1.0/hotfix | true
          v?              | v1                 | true
          v?              | v10                | false
          # changed with the one glob language: before, "**/" needed at least one segment
          **/hotfix       | hotfix             | true
          **/hotfix       | team/a/hotfix      | true
          team/**/release | team/release       | true
          team/**/release | team/x/y/release   | true
          team/**/release | team/releases      | false
          # a regular expression must match the whole name
          regex:hotfix-\\d+ | hotfix-12        | true
          regex:hotfix-\\d+ | hotfix-12a       | false
          regex:hotfix-\\d+ | my-hotfix-12     | false
          """)
  void globsMatchWholeNames(String pattern, String branch, boolean matches) {
    assertThat(BranchPattern.parse(pattern).matches(branch)).isEqualTo(matches);
  }

  @Test
  void regularExpressionsRunInLinearTime() {
    BranchPattern p = BranchPattern.parse("regex:(a+)+b");
    assertThat(p.isExactName()).isFalse();
    assertThat(p.matches("a".repeat(50_000))).isFalse();
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
