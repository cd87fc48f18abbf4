package dev.tollgate.core.release;

import java.nio.file.Path;
import java.util.Arrays;

/** New content for one file; {@code before} is {@code null} when the file does not exist yet. */
public record FileChange(Path path, byte[] before, byte[] after) {

  public boolean changed() {
    return before == null || !Arrays.equals(before, after);
  }
}
