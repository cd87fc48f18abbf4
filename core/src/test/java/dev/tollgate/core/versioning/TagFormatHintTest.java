package dev.tollgate.core.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagFormatHintTest {

  @Test
  void namesTheFormatTheTagsFollow() {
    assertThat(
            TagFormatHint.forTags(
                List.of("enforcer-3.6.2", "enforcer-3.6.3", "maven-enforcer-1.0", "v-old")))
        .contains("tags look like enforcer-3.6.3: set tollgate.tagFormat=enforcer-@{version}");
    assertThat(TagFormatHint.forTags(List.of("1.0.0", "1.1.0-rc.1", "1.1.0")))
        .contains("tags look like 1.1.0: set tollgate.tagFormat=@{version}");
    assertThat(TagFormatHint.forTags(List.of("release-please-v1.2.3")))
        .contains(
            "tags look like release-please-v1.2.3: set tollgate.tagFormat=release-please-v@{version}");
  }

  @Test
  void tagsWithoutVersionsOrNoTags() {
    assertThat(TagFormatHint.forTags(List.of("stable", "legacy")))
        .contains(
            "the tags (e.g. legacy) hold no version x.y.z; set tollgate.commits.from or"
                + " tollgate.commits.since");
    assertThat(TagFormatHint.forTags(List.of())).isEmpty();
  }
}
