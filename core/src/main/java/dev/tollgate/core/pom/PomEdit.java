package dev.tollgate.core.pom;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The outcome of editing one POM: its bytes before and after, and a line per edited value
 * ("project.version 1.0.0-SNAPSHOT -> 1.0.0"). Nothing is written by the editor; the caller
 * decides.
 */
public record PomEdit(Path path, byte[] before, byte[] after, List<String> edits) {

  public PomEdit {
    edits = List.copyOf(edits);
  }

  /** Whether the edit changes any byte. */
  public boolean changed() {
    return !Arrays.equals(before, after);
  }
}
