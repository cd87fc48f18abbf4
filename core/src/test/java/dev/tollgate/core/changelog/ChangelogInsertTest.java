package dev.tollgate.core.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangelogInsertTest {

  private static final String SECTION =
      Changelog.renderSection(
          ChangelogStyle.COMMITIZEN,
          ChangelogGoldenTest.section110(Optional.of(LocalDate.of(2024, 5, 1))),
          Optional.empty());

  private static final String OLD =
      "# Changelog\n\nHand-written intro, kept as is.  \n\n"
          + "## v1.0.0 (2024-03-01)\n\n### Feat\n\n- first public api\n\n"
          + "<!-- a comment the tool must keep -->\n\n## v0.9.0 (2024-01-01)\n\n- old\n";

  @Test
  void insertsBeforeTheNewestReleaseAndKeepsEverythingElse() {
    String out = Changelog.insertSection(ChangelogStyle.COMMITIZEN, OLD, SECTION, "1.1.0");
    int at = OLD.indexOf("## v1.0.0");
    assertThat(out).isEqualTo(OLD.substring(0, at) + SECTION + "\n" + OLD.substring(at));
  }

  @Test
  void commitizenReplacesAnUnreleasedSection() {
    String old = "## Unreleased\n\n### Feat\n\n- draft\n\n" + OLD.substring(OLD.indexOf("## v1"));
    String out = Changelog.insertSection(ChangelogStyle.COMMITIZEN, old, SECTION, "1.1.0");
    assertThat(out).isEqualTo(SECTION + "\n" + OLD.substring(OLD.indexOf("## v1")));
  }

  @Test
  void keepAChangelogKeepsItsUnreleasedHeadingAbove() {
    String old = "# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2024-03-01\n\n### Added\n\n- x\n";
    String section = "## [1.1.0] - 2024-05-01\n\n### Fixed\n\n- y\n";
    String out = Changelog.insertSection(ChangelogStyle.KEEPACHANGELOG, old, section, "1.1.0");
    assertThat(out)
        .isEqualTo(
            "# Changelog\n\n## [Unreleased]\n\n"
                + section
                + "\n## [1.0.0] - 2024-03-01\n\n### Added\n\n- x\n");
  }

  @Test
  void crlfFilesGetACrlfSection() {
    String old = OLD.replace("\n", "\r\n");
    String out = Changelog.insertSection(ChangelogStyle.COMMITIZEN, old, SECTION, "1.1.0");
    int at = old.indexOf("## v1.0.0");
    assertThat(out)
        .isEqualTo(
            old.substring(0, at) + SECTION.replace("\n", "\r\n") + "\r\n" + old.substring(at));
    assertThat(out.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void rerunningReplacesTheSameVersionsSection() {
    String once = Changelog.insertSection(ChangelogStyle.COMMITIZEN, OLD, SECTION, "1.1.0");
    String twice = Changelog.insertSection(ChangelogStyle.COMMITIZEN, once, SECTION, "1.1.0");
    assertThat(twice).isEqualTo(once);
    String changed = SECTION.replace("handle empty input", "handle empty input safely");
    String replaced = Changelog.insertSection(ChangelogStyle.COMMITIZEN, once, changed, "1.1.0");
    assertThat(replaced).isEqualTo(once.replace("handle empty input", "handle empty input safely"));
  }

  @Test
  void changelogWithoutReleasesGetsTheSectionAppended() {
    String out =
        Changelog.insertSection(ChangelogStyle.COMMITIZEN, "# Changes\nintro", SECTION, "1.1.0");
    assertThat(out).isEqualTo("# Changes\nintro\n\n" + SECTION);
    assertThat(Changelog.insertSection(ChangelogStyle.CONVENTIONAL, "", "## 1.0.0\n", "1.0.0"))
        .isEqualTo("# Changelog\n\n## 1.0.0\n");
  }
}
