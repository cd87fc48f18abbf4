package dev.tollgate.core.changelog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The changelog file on disk: the one way {@code release:changelog} and {@code release:prepare}
 * insert a release's section, keeping every other byte.
 */
public final class ChangelogFile {

  private ChangelogFile() {}

  /**
   * The file's content before and after inserting a section.
   *
   * @param before the bytes on disk, or {@code null} when the file does not exist yet
   */
  public record Update(Path path, byte[] before, byte[] after) {}

  /**
   * Inserts a rendered section ({@link Changelog#insertSection}) into the file, which may not exist
   * yet. Writes nothing.
   *
   * @throws IOException when the file cannot be read or is not UTF-8 (the message says the fix)
   */
  public static Update insert(Path file, ChangelogStyle style, String section, String version)
      throws IOException {
    byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
    String existing = before == null ? "" : decode(file, before);
    String updated = Changelog.insertSection(style, existing, section, version);
    return new Update(file, before, updated.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(Path file, byte[] bytes) throws IOException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(
          file
              + " is not UTF-8, so it cannot be updated byte for byte; convert it (iconv -t UTF-8)"
              + " or set tollgate.changelog.file to another file",
          e);
    }
  }
}
