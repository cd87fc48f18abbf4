package dev.tollgate.core.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TagFormatTest {

  @Test
  void defaultFormatIsVPrefixed() {
    TagFormat format = TagFormat.DEFAULT;
    assertThat(format.versionOf("v1.2.3")).contains(SemanticVersion.parse("1.2.3"));
    assertThat(format.versionOf("v1.3.0-rc.2")).contains(SemanticVersion.parse("1.3.0-rc.2"));
    assertThat(format.versionOf("1.2.3")).isEmpty();
    assertThat(format.versionOf("v1.2")).isEmpty();
    assertThat(format.versionOf("release-1.2.3")).isEmpty();
    assertThat(format.tagFor(SemanticVersion.parse("2.0.0"))).isEqualTo("v2.0.0");
  }

  @Test
  void plainVersionTags() {
    TagFormat format = TagFormat.of("${version}");
    assertThat(format.versionOf("1.2.3")).contains(SemanticVersion.parse("1.2.3"));
    assertThat(format.versionOf("v1.2.3")).isEmpty();
  }

  @Test
  void artifactIdTagsMatchOnlyTheirArtifact() {
    TagFormat format = TagFormat.of("${artifactId}-${version}").withArtifactId("my-lib");
    assertThat(format.versionOf("my-lib-1.4.0")).contains(SemanticVersion.parse("1.4.0"));
    assertThat(format.versionOf("other-lib-1.4.0")).isEmpty();
    assertThat(format.tagFor(SemanticVersion.parse("1.5.0"))).isEqualTo("my-lib-1.5.0");
    TagFormat any = TagFormat.of("${artifactId}-${version}");
    assertThat(any.versionOf("other-lib-1.4.0")).contains(SemanticVersion.parse("1.4.0"));
  }

  @Test
  void manyPlaceholdersStillMatchInLinearTime() {
    TagFormat format = TagFormat.of("${artifactId}".repeat(12) + "-${version}");
    assertThat(format.versionOf("a".repeat(5_000) + "!")).isEmpty();
    assertThat(format.versionOf("a".repeat(12) + "-1.0.0"))
        .contains(SemanticVersion.parse("1.0.0"));
  }

  @Test
  void mavenReleasePluginSpellingsAreAccepted() {
    TagFormat format = TagFormat.of("@{project.artifactId}-@{project.version}").withArtifactId("a");
    assertThat(format.template()).isEqualTo("${artifactId}-${version}");
    assertThat(format.versionOf("a-1.0.0")).contains(SemanticVersion.parse("1.0.0"));
    assertThat(TagFormat.of("v@{version}")).isEqualTo(TagFormat.DEFAULT);
  }

  @Test
  void formatMustNameTheVersionOnce() {
    assertThatThrownBy(() -> TagFormat.of("release"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly once")
        .hasMessageContaining("in a POM write @{version}");
    assertThatThrownBy(() -> TagFormat.of("${version}-${version}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
