package dev.tollgate.core.files;

import static dev.tollgate.core.files.CheckFixtures.kinds;
import static dev.tollgate.core.files.CheckFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConflictMarkerCheckTest {

  private final ConflictMarkerCheck check = new ConflictMarkerCheck();

  @Test
  void reportsABlockOnceAtItsStart() {
    String text = "a\n<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> feature\nz\n";
    assertThat(kinds(scan(check, "A.java", text))).containsExactly("conflict@2");
  }

  @Test
  void diff3BlocksAndCrlfLines() {
    String text = "<<<<<<< ours\r\nx\r\n||||||| base\r\ny\r\n=======\r\nz\r\n>>>>>>> theirs\r\n";
    assertThat(kinds(scan(check, "a.txt", text))).containsExactly("conflict@1");
  }

  @Test
  void setextAndRstUnderlinesAreNotMarkers() {
    String text = "Title\n=======\n\nOther\n=======\n";
    assertThat(scan(check, "README.md", text)).isEmpty();
    assertThat(scan(check, "index.rst", "Heading\n=======\n")).isEmpty();
  }

  @Test
  void markersInsideAMarkdownCodeBlockAreStillFound() {
    String text = "```\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n```\n";
    assertThat(kinds(scan(check, "doc.md", text))).containsExactly("conflict@2");
  }

  @Test
  void orphanEndMarkerAndUnclosedBlock() {
    assertThat(kinds(scan(check, "a.txt", "x\n>>>>>>> branch\n"))).containsExactly("conflict@2");
    assertThat(kinds(scan(check, "a.txt", "<<<<<<< HEAD\nx\n"))).containsExactly("conflict@1");
  }

  @Test
  void longerRunsAndIndentedMarkersAreNotMarkers() {
    assertThat(scan(check, "a.txt", "<<<<<<<< x\n  <<<<<<< HEAD\n========\n")).isEmpty();
  }
}
