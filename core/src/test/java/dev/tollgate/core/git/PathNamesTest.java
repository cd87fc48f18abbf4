package dev.tollgate.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PathNamesTest {

  private static String display(String latin1) {
    return PathNames.display(latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void utf8NamesAreTheirText() {
    assertThat(PathNames.display("docs/café.md".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("docs/café.md");
    assertThat(PathNames.display("a\\b".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\\b");
  }

  @Test
  void bytesThatAreNoUtf8AreEscapedLikeGitQuotePath() {
    assertThat(display("sec\u00ffret.env")).isEqualTo("sec\\377ret.env");
    // valid sequences stay text beside the escaped bytes; a backslash is doubled once escaping
    assertThat(
            PathNames.display(new byte[] {'d', (byte) 0xe9, '/', (byte) 0xc3, (byte) 0xa9, '\\'}))
        .isEqualTo("d\\351/é\\\\");
    assertThat(display("tab\there")).isEqualTo("tab\\011here");
    // a truncated sequence at the end
    assertThat(PathNames.display(new byte[] {'x', (byte) 0xe2, (byte) 0x82}))
        .isEqualTo("x\\342\\202");
  }
}
