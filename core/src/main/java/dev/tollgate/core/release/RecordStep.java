package dev.tollgate.core.release;

import dev.tollgate.core.io.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Records the release in the git directory for rollback and perform; undo restores the old record.
 */
final class RecordStep implements ReleaseStep {

  private final Path gitDir;
  private final Supplier<ReleaseRecord> record;
  private byte[] previous;

  RecordStep(Path gitDir, Supplier<ReleaseRecord> record) {
    this.gitDir = gitDir;
    this.record = record;
  }

  @Override
  public String title() {
    return "record the release in " + ReleaseRecord.FILE + " (git directory)";
  }

  @Override
  public void execute() throws Exception {
    Path file = ReleaseRecord.file(gitDir);
    previous = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    record.get().write(gitDir);
  }

  @Override
  public void simulate(Consumer<String> out) {
    out.accept("  would record the commits and the tag for release:rollback and release:perform");
  }

  @Override
  public void undo() throws Exception {
    Path file = ReleaseRecord.file(gitDir);
    if (previous == null) {
      Files.deleteIfExists(file);
    } else {
      AtomicFiles.write(file, previous);
    }
  }
}
