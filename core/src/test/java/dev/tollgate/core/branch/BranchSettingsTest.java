package dev.tollgate.core.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.settings.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BranchSettingsTest {

  @Test
  void defaults() {
    BranchSettings s = BranchSettings.from(Settings.empty());
    assertThat(s.protectedBranches().describe()).contains("main").contains("master");
    assertThat(s.pushPolicy()).isEqualTo(PushCheck.Policy.DEFAULT);
    assertThat(s.remote()).isEqualTo("origin");
  }

  @Test
  void readsTheDocumentedPropertyNames() {
    BranchSettings s =
        BranchSettings.from(
            Settings.of(
                Map.of(
                    "tollgate.branch.protected", "main,release/*\nregex:hot(fix){1,2}",
                    "tollgate.branch.allowTags", "false",
                    "tollgate.branch.allowDirectPush", "TRUE",
                    "tollgate.branch.remote", "upstream")));
    assertThat(s.protectedBranches().match("release/1")).isPresent();
    assertThat(s.protectedBranches().match("hotfixfix")).isPresent();
    assertThat(s.protectedBranches().match("feature/x")).isEmpty();
    assertThat(s.pushPolicy()).isEqualTo(new PushCheck.Policy(false, true));
    assertThat(s.remote()).isEqualTo("upstream");
  }

  @Test
  void booleansAreStrict() {
    assertThatThrownBy(
            () -> BranchSettings.from(Settings.of(Map.of("tollgate.branch.allowTags", "yes"))))
        .hasMessage("tollgate.branch.allowTags: 'yes' is not a boolean; use true or false");
  }
}
