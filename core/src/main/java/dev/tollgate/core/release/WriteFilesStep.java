package dev.tollgate.core.release;

import dev.tollgate.core.git.UnifiedDiff;
import dev.tollgate.core.io.AtomicFiles;
import dev.tollgate.core.io.PausePoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes new content to files (each atomically); undo puts back the original bytes of the files it
 * wrote, and only those.
 */
final class WriteFilesStep implements ReleaseStep {

  private final String title;
  private final Path root;
  private final List<FileChange> changes;
  // how many of the changes were written: undo restores those and touches nothing else
  private int written;

  WriteFilesStep(String title, Path root, List<FileChange> changes) {
    this.title = title;
    this.root = root;
    // a symlinked file (CHANGELOG.md -> docs/CHANGELOG.md) is written, staged and journaled as
    // the file the link points to; the link itself stays as it is
    this.changes =
        changes.stream()
            .filter(FileChange::changed)
            .map(c -> new FileChange(linkTarget(c.path()), c.before(), c.after()))
            .toList();
  }

  @Override
  public String title() {
    return title + " (" + changes.size() + (changes.size() == 1 ? " file)" : " files)");
  }

  @Override
  public void execute() throws Exception {
    for (FileChange change : changes) {
      // all or nothing per file; not flushed one by one: the journal, flushed before the first
      // write, holds every original and restores them after a crash or a power loss
      AtomicFiles.writeWithoutSync(change.path(), change.after());
      written++;
      PausePoint.reach("after-file:" + relative(change.path()));
    }
  }

  @Override
  public void simulate(Consumer<String> out) {
    for (FileChange change : changes) {
      byte[] before = change.before() == null ? new byte[0] : change.before();
      out.accept(UnifiedDiff.of(relative(change.path()), before, change.after()).stripTrailing());
    }
  }

  @Override
  public void undo() throws Exception {
    for (FileChange change : changes.subList(0, written)) {
      if (change.before() == null) {
        Files.deleteIfExists(change.path());
      } else {
        AtomicFiles.write(change.path(), change.before());
      }
    }
    written = 0;
  }

  private static Path linkTarget(Path path) {
    try {
      return AtomicFiles.resolveLinks(path.toAbsolutePath().normalize());
    } catch (java.io.IOException e) {
      return path;
    }
  }

  List<Path> files() {
    return changes.stream().map(FileChange::path).toList();
  }

  List<String> paths() {
    return changes.stream().map(c -> relative(c.path())).toList();
  }

  private String relative(Path path) {
    return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
