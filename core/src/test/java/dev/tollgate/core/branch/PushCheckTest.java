package dev.tollgate.core.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushCheckTest {

  private static final String Z = "0000000000000000000000000000000000000000";
  private static final String A = "1111111111111111111111111111111111111111";
  private static final String B = "2222222222222222222222222222222222222222";
  private final ProtectedBranches branches = ProtectedBranches.parse(List.of("main", "release/*"));

  private List<Finding> check(String input, PushCheck.Policy policy, boolean ff) {
    return PushCheck.check(PushUpdate.parse(input), branches, policy, (a, b) -> ff);
  }

  @Test
  void parsesGitsLines() {
    List<PushUpdate> u =
        PushUpdate.parse(
            "refs/heads/x "
                + A
                + " refs/heads/main "
                + B
                + "\n\n(delete) "
                + Z
                + " refs/heads/old "
                + A
                + "\n");
    assertThat(u).hasSize(2);
    assertThat(u.get(0).remoteBranch()).isEqualTo("main");
    assertThat(u.get(1).isDelete()).isTrue();
    assertThatThrownBy(() -> PushUpdate.parse("refs/heads/x " + A))
        .hasMessageContaining("4 fields");
  }

  @Test
  void directPushToProtectedBranchIsRefused() {
    List<Finding> f =
        check("refs/heads/main " + A + " refs/heads/main " + B, PushCheck.Policy.DEFAULT, true);
    assertThat(f)
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("'main'").contains("pattern 'main'"));
    assertThat(
            check(
                "refs/heads/x " + A + " refs/heads/release/2 " + Z, PushCheck.Policy.DEFAULT, true))
        .hasSize(1);
  }

  @Test
  void featureBranchesAndTagsPass() {
    assertThat(
            check(
                "refs/heads/main " + A + " refs/heads/feature/main " + Z,
                PushCheck.Policy.DEFAULT,
                false))
        .isEmpty();
    assertThat(check("refs/tags/v1 " + A + " refs/tags/v1 " + Z, PushCheck.Policy.DEFAULT, false))
        .isEmpty();
    assertThat(
            check(
                "refs/tags/v1 " + A + " refs/tags/v1 " + Z,
                new PushCheck.Policy(false, false),
                false))
        .hasSize(1);
  }

  @Test
  void forcePushAndDeletionAreRefusedEvenWhenDirectPushIsAllowed() {
    PushCheck.Policy direct = new PushCheck.Policy(true, true);
    assertThat(check("refs/heads/main " + A + " refs/heads/main " + B, direct, true)).isEmpty();
    assertThat(check("refs/heads/main " + A + " refs/heads/main " + B, direct, false))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("force-pushing"));
    assertThat(check("(delete) " + Z + " refs/heads/main " + B, direct, true))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("deleting"));
  }
}
