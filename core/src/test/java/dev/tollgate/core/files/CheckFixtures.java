package dev.tollgate.core.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs checks over in-memory files through the real scanner. */
final class CheckFixtures {

  private CheckFixtures() {}

  static List<FileFinding> scan(Check check, String path, String content) {
    return scan(check, path, content.getBytes(StandardCharsets.UTF_8), 0100644);
  }

  static List<FileFinding> scan(Check check, String path, byte[] content, int mode) {
    return scan(check, new FileInfo(path, mode, false, FileInfo.NOT_COMPARED), content);
  }

  static List<FileFinding> scan(Check check, FileInfo file, byte[] content) {
    FileScanner scanner =
        new FileScanner(
            check instanceof LineCheck l ? List.of(l) : List.of(),
            check instanceof ContentCheck c ? List.of(c) : List.of(),
            (f, sink) ->
                new FileScanner.ContentSource.Opened(
                    new ByteArrayInputStream(content), content.length),
            1);
    try {
      return scanner.scan(List.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> kinds(List<FileFinding> findings) {
    return findings.stream().map(f -> f.kind() + "@" + f.line()).toList();
  }
}
