package dev.tollgate.core.files;

import static dev.tollgate.core.files.CheckFixtures.kinds;
import static dev.tollgate.core.files.CheckFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WhitespaceCheckTest {

  private final WhitespaceCheck lf = new WhitespaceCheck(LineEndings.LF);

  @Test
  void trailingSpacesAndTabs() {
    assertThat(kinds(scan(lf, "a.txt", "ok\nbad \nbad\t\nok\n")))
        .containsExactly("trailing-ws@2", "trailing-ws@3");
  }

  @Test
  void markdownHardBreaksAreAllowedButTabsAndSingleSpacesAreNot() {
    assertThat(scan(lf, "a.md", "line  \nnext\n")).isEmpty();
    assertThat(kinds(scan(lf, "a.md", "line \nx\t\n  \n")))
        .containsExactly("trailing-ws@1", "trailing-ws@2", "trailing-ws@3");
    assertThat(kinds(scan(lf, "a.txt", "line  \n"))).containsExactly("trailing-ws@1");
  }

  @Test
  void endOfFile() {
    assertThat(scan(lf, "empty.txt", "")).isEmpty();
    assertThat(kinds(scan(lf, "a.txt", "no newline"))).containsExactly("eof@1");
    assertThat(kinds(scan(lf, "a.txt", "a\n\n\n"))).containsExactly("eof@2");
    assertThat(kinds(scan(lf, "a.txt", "\n"))).containsExactly("eof@1");
  }

  @Test
  void lineEndingPolicies() {
    String crlf = "a\r\nb\r\n";
    String mixed = "a\r\nb\nc\n";
    assertThat(kinds(scan(lf, "a.txt", crlf))).containsExactly("crlf@1");
    assertThat(scan(new WhitespaceCheck(LineEndings.CRLF), "a.txt", crlf)).isEmpty();
    assertThat(kinds(scan(new WhitespaceCheck(LineEndings.CRLF), "a.txt", "a\n")))
        .containsExactly("lf@1");
    assertThat(scan(new WhitespaceCheck(LineEndings.AUTO), "a.txt", crlf)).isEmpty();
    assertThat(kinds(scan(new WhitespaceCheck(LineEndings.AUTO), "a.txt", mixed)))
        .containsExactly("mixed-eol@1");
  }

  @Test
  void trailingWhitespaceBeforeCrlfIsFoundAndCrIsNotWhitespace() {
    assertThat(kinds(scan(new WhitespaceCheck(LineEndings.CRLF), "a.txt", "a \r\nb\r\n")))
        .containsExactly("trailing-ws@1");
  }

  @Test
  void byteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n'};
    assertThat(kinds(scan(lf, "a.txt", bom, 0100644))).containsExactly("bom@1");
  }

  @Test
  void binaryFilesAreSkipped() {
    byte[] binary = "a \n\0b \r\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(scan(lf, "a.bin", binary, 0100644)).isEmpty();
  }

  @Test
  void manyTrailingLinesAreSummarized() {
    String text = "x \n".repeat(WhitespaceCheck.MAX_LINES_REPORTED + 5);
    var findings = scan(lf, "a.txt", text);
    assertThat(findings).hasSize(WhitespaceCheck.MAX_LINES_REPORTED + 1);
    assertThat(findings.get(findings.size() - 1).message()).contains("5 more lines");
  }

  @Test
  void linesLongerThanTheBufferStreamThrough() {
    String longLine = "x".repeat(3 << 20);
    assertThat(kinds(scan(lf, "big.txt", "a\n" + longLine + " \nb\n")))
        .containsExactly("trailing-ws@2");
  }
}
