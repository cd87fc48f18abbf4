package dev.tollgate.core.pom;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of editing one POM: its bytes before and after, and a line per edited value
 * ("project.version 1.0.0-SNAPSHOT -> 1.0.0"). Nothing is written by the editor; the caller
 * decides. {@code kept} says why a module's own version was left alone (it is not on the reactor's
 * version line); {@code artifactId} is the module's, when known.
 */
public record PomEdit(
    Path path,
    byte[] before,
    byte[] after,
    List<String> edits,
    Optional<String> kept,
    String artifactId) {

  public PomEdit {
    edits = List.copyOf(edits);
    kept = Objects.requireNonNullElse(kept, Optional.empty());
  }

  /** An edit of a module on the reactor's version line. */
  public PomEdit(Path path, byte[] before, byte[] after, List<String> edits) {
    this(path, before, after, edits, Optional.empty(), null);
  }

  /** Whether the edit changes any byte. */
  public boolean changed() {
    return !Arrays.equals(before, after);
  }
}
