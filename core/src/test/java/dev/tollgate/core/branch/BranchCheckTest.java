package dev.tollgate.core.branch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.ci.CiEnvironment;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BranchCheckTest {

  private final ProtectedBranches defaults = ProtectedBranches.parse(ProtectedBranches.DEFAULTS);

  @Test
  void protectedBranchFailsWithPatternAndFix() {
    Report r = BranchCheck.check(defaults, Optional.of("master"), Optional.empty());
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.findings().get(0).message()).contains("'master'").contains("pattern 'master'");
    assertThat(r.findings().get(0).hint()).contains("git switch -c feature/");
  }

  @Test
  void featureBranchPasses() {
    Report r = BranchCheck.check(defaults, Optional.of("feature/main"), Optional.empty());
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void detachedHeadLocallyPassesWithInfo() {
    Report r = BranchCheck.check(defaults, Optional.empty(), Optional.empty());
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("detached");
            });
  }

  @Test
  void detachedHeadInCiUsesTheCiBranch() {
    CiEnvironment ci =
        new CiEnvironment("GitLab CI", Optional.of("main"), Optional.empty(), Optional.empty());
    Report r = BranchCheck.check(defaults, Optional.empty(), Optional.of(ci));
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.findings().get(0).message()).contains("GitLab CI");
  }
}
