package dev.tollgate.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceFixerTest {

  private static String fix(String in, boolean markdown, LineEndings endings) {
    return new String(
        WhitespaceFixer.fix(in.getBytes(StandardCharsets.UTF_8), markdown, endings).content(),
        StandardCharsets.UTF_8);
  }

  @Test
  void fixesEverythingTheCheckFinds() {
    assertThat(fix("a  \r\nb\t\n\n\nc", false, LineEndings.LF)).isEqualTo("a\nb\n\n\nc\n");
    assertThat(fix("a\n\n\n", false, LineEndings.LF)).isEqualTo("a\n");
    assertThat(fix("\uFEFFa\n", false, LineEndings.LF)).isEqualTo("a\n");
    assertThat(fix("a\nb\n", false, LineEndings.CRLF)).isEqualTo("a\r\nb\r\n");
    assertThat(fix("a\r\nb\r\nc\n", false, LineEndings.AUTO)).isEqualTo("a\r\nb\r\nc\r\n");
    assertThat(fix("\n\n", false, LineEndings.LF)).isEmpty();
  }

  @Test
  void keepsMarkdownHardBreaksAndCleanFiles() {
    assertThat(fix("a  \nb\n", true, LineEndings.LF)).isEqualTo("a  \nb\n");
    var clean = WhitespaceFixer.fix("a\n".getBytes(StandardCharsets.UTF_8), false, LineEndings.LF);
    assertThat(clean.changed()).isFalse();
    assertThat(WhitespaceFixer.fix(new byte[0], false, LineEndings.LF).changed()).isFalse();
  }

  @Test
  void leavesBinaryAlone() {
    byte[] binary = {'a', ' ', 0, '\r', '\n'};
    assertThat(WhitespaceFixer.fix(binary, false, LineEndings.LF).changed()).isFalse();
  }

  @Test
  void theFixedContentPassesTheCheck() {
    String messy = "\uFEFFx  \r\ny\t\nz  \n\n\n";
    String fixed = fix(messy, false, LineEndings.LF);
    assertThat(CheckFixtures.scan(new WhitespaceCheck(LineEndings.LF), "a.txt", fixed)).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "a\rb\r",
        "a \r \n",
        "a\r\r\n",
        "x \r\r \r\ny\r",
        "\r\n\r\n",
        "a  \r\nb",
        "\uFEFF\r",
        " \t "
      })
  void oneRunSettlesBareCarriageReturns(String messy) {
    for (LineEndings endings : List.of(LineEndings.LF, LineEndings.CRLF, LineEndings.AUTO)) {
      for (boolean markdown : List.of(false, true)) {
        String once = fix(messy, markdown, endings);
        assertThat(fix(once, markdown, endings)).as(endings + " " + messy).isEqualTo(once);
        assertThat(
                CheckFixtures.scan(new WhitespaceCheck(endings), markdown ? "a.md" : "a.txt", once))
            .as(endings + " " + messy)
            .isEmpty();
      }
    }
  }

  @Test
  void crOnlyFilesDoNotBecomeCrlf() {
    assertThat(fix("a\rb\r", false, LineEndings.LF)).isEqualTo("a\rb\n");
  }

  @Test
  void keepLeavesEachLineItsEnding() {
    assertThat(fix("a \r\nb\t\nc", false, LineEndings.KEEP)).isEqualTo("a\r\nb\nc\n");
  }
}
