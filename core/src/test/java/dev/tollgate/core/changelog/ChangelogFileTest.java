package dev.tollgate.core.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogFileTest {

  @TempDir Path dir;

  @Test
  void aMissingFileGetsTheStyleHeaderAndTheSection() throws Exception {
    Path file = dir.resolve("CHANGELOG.md");
    ChangelogFile.Update u =
        ChangelogFile.insert(file, ChangelogStyle.KEEPACHANGELOG, "## [1.0.0]\n", "1.0.0");
    assertThat(u.before()).isNull();
    assertThat(new String(u.after(), StandardCharsets.UTF_8)).endsWith("## [1.0.0]\n");
    assertThat(file).doesNotExist();
  }

  @Test
  void keepsEveryOtherByte() throws Exception {
    Path file = dir.resolve("CHANGELOG.md");
    String text = "# Changelog\n\nÄ hand-written line\n\n## 1.0.0\n\n- first\n";
    Files.writeString(file, text);
    ChangelogFile.Update u =
        ChangelogFile.insert(file, ChangelogStyle.CONVENTIONAL, "## 1.1.0\n\n- next\n", "1.1.0");
    assertThat(u.before()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(new String(u.after(), StandardCharsets.UTF_8))
        .isEqualTo(
            "# Changelog\n\nÄ hand-written line\n\n## 1.1.0\n\n- next\n\n## 1.0.0\n\n- first\n");
  }

  @Test
  void refusesAFileThatIsNotUtf8() throws Exception {
    Path file = dir.resolve("CHANGELOG.md");
    Files.write(file, "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(
            () -> ChangelogFile.insert(file, ChangelogStyle.CONVENTIONAL, "## 1.0.0\n", "1.0.0"))
        .isInstanceOf(IOException.class)
        .hasMessage(
            file
                + " is not UTF-8, so it cannot be updated byte for byte; convert it (iconv -t"
                + " UTF-8) or set tollgate.changelog.file to another file");
  }
}
