package dev.tollgate.core.tasks;

import dev.tollgate.core.git.GitCommandLine;
import dev.tollgate.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Sets the unstaged changes and untracked files aside while the hook's tasks run, so the tasks see
 * exactly what the commit will record, and puts them back byte for byte afterwards.
 *
 * <p>Unlike a patch (the pre-commit framework saves {@code git diff --binary} and re-applies it,
 * which its users have seen fail on CRLF files, {@code core.autocrlf} and binary files), the
 * changed files themselves are copied aside, with their mode and modification time, and copied
 * back: nothing is re-computed, so line endings, binary content and symbolic links come back as
 * they were. The staged versions are written with {@code git checkout-index}, so checkout filters
 * and line-ending conversion apply as in any checkout; the index itself is never written. A file
 * deleted in the work tree is checked out for the tasks and deleted again; intent-to-add files
 * ({@code git add -N}) and untracked files are moved aside and back.
 *
 * <p>A task that changes a file (a fixer) leaves its change in the work tree when that file had no
 * unstaged changes: the change is reported for the user to review and stage. When the file had
 * unstaged changes too, the user's version wins and the fixer's change is reported as rolled back.
 *
 * <p>The files set aside stay in {@code <git dir>/tollgate-stash/} until they are back, so a hook
 * killed outright leaves them there; the next hook refuses to run until they are restored, and says
 * how.
 */
public final class UnstagedChanges {

  /** The directory under the git directory that holds the files while they are set aside. */
  public static final String STASH_DIR = "tollgate-stash";

  private final GitCommandLine git;
  private final Path stash;
  private final List<String> modified;
  private final List<String> deleted;
  private final List<String> moved;
  private boolean restored;

  /**
   * What restoring found.
   *
   * @param fixed files a task changed that had no unstaged changes: left changed, to be reviewed
   *     and staged
   * @param rolledBack files a task changed that had unstaged changes: the user's version is back
   */
  public record Restored(List<String> fixed, List<String> rolledBack) {

    public Restored {
      fixed = List.copyOf(fixed);
      rolledBack = List.copyOf(rolledBack);
    }
  }

  private UnstagedChanges(
      GitCommandLine git,
      Path stash,
      List<String> modified,
      List<String> deleted,
      List<String> moved) {
    this.git = git;
    this.stash = stash;
    this.modified = List.copyOf(modified);
    this.deleted = List.copyOf(deleted);
    this.moved = List.copyOf(moved);
  }

  /**
   * Sets the unstaged changes and untracked files aside.
   *
   * @param gitDir the repository's git directory (per worktree)
   * @throws IOException when a file cannot be copied, or a previous run left files set aside
   */
  public static UnstagedChanges setAside(GitCommandLine git, Path gitDir) throws IOException {
    Path stash = gitDir.resolve(STASH_DIR);
    if (Files.exists(stash)) {
      throw new IOException(leftoverMessage(stash));
    }
    List<String> modified = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    List<String> status =
        git.paths("diff", "--name-status", "-z", "--no-renames", "--ignore-submodules=all");
    for (int i = 0; i + 1 < status.size(); i += 2) {
      String kind = status.get(i);
      String path = status.get(i + 1);
      switch (kind.charAt(0)) {
        case 'D' -> deleted.add(path);
        case 'A' -> moved.add(path); // intent-to-add: nothing staged yet
        default -> modified.add(path);
      }
    }
    moved.addAll(git.paths("ls-files", "-z", "--others", "--exclude-standard"));
    UnstagedChanges changes = new UnstagedChanges(git, stash, modified, deleted, moved);
    if (modified.isEmpty() && deleted.isEmpty() && moved.isEmpty()) {
      return changes;
    }
    Files.createDirectories(stash.resolve("files"));
    AtomicFiles.write(stash.resolve("manifest"), changes.manifest());
    Path root = git.workTree();
    for (int i = 0; i < modified.size(); i++) {
      Files.copy(
          root.resolve(modified.get(i)),
          changes.slot("m", i),
          StandardCopyOption.COPY_ATTRIBUTES,
          LinkOption.NOFOLLOW_LINKS);
    }
    for (int i = 0; i < moved.size(); i++) {
      Files.move(root.resolve(moved.get(i)), changes.slot("u", i));
    }
    List<String> checkout = new ArrayList<>(modified);
    checkout.addAll(deleted);
    for (List<String> batch : ArgumentBatches.split(checkout, 64, ArgumentBatches.DEFAULT_LIMIT)) {
      List<String> args = new ArrayList<>(List.of("checkout-index", "-f", "--"));
      args.addAll(batch);
      git.run(args.toArray(String[]::new));
    }
    return changes;
  }

  /** The paths set aside (changed, deleted, intent-to-add and untracked), in that order. */
  public List<String> paths() {
    List<String> all = new ArrayList<>(modified);
    all.addAll(deleted);
    all.addAll(moved);
    return all;
  }

  /** Whether anything was set aside. */
  public boolean isEmpty() {
    return modified.isEmpty() && deleted.isEmpty() && moved.isEmpty();
  }

  /**
   * Puts everything back; runs once, later calls return what the first found.
   *
   * @throws IOException when a file cannot be put back (the stash directory is left for recovery)
   */
  public synchronized Restored restore() throws IOException {
    if (restored) {
      return new Restored(List.of(), List.of());
    }
    Set<String> changedByTasks =
        new LinkedHashSet<>(
            git.paths("diff", "--name-only", "-z", "--no-renames", "--ignore-submodules=all"));
    deleted.forEach(changedByTasks::remove);
    moved.forEach(changedByTasks::remove);
    List<String> rolledBack = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    for (String path : changedByTasks) {
      (modified.contains(path) ? rolledBack : fixed).add(path);
    }
    Path root = git.workTree();
    for (int i = 0; i < modified.size(); i++) {
      Path target = root.resolve(modified.get(i));
      Files.deleteIfExists(target); // a symbolic link must not be followed
      Files.copy(
          slot("m", i), target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    }
    for (String path : deleted) {
      Files.deleteIfExists(root.resolve(path));
    }
    for (int i = 0; i < moved.size(); i++) {
      Path target = root.resolve(moved.get(i));
      Files.createDirectories(target.getParent());
      Files.move(slot("u", i), target, StandardCopyOption.REPLACE_EXISTING);
    }
    deleteTree(stash);
    restored = true;
    return new Restored(fixed, rolledBack);
  }

  private Path slot(String kind, int index) {
    return stash.resolve("files").resolve(kind + index);
  }

  /** Where each path is kept, for a person recovering by hand: {@code slot<TAB>path} lines. */
  private byte[] manifest() {
    StringBuilder b =
        new StringBuilder(
            "# Tollgate set these files aside while the hook's tasks ran. Copy each file back\n"
                + "# (files/<slot> to <path>), delete the paths listed as 'deleted', then delete"
                + " this directory.\n");
    for (int i = 0; i < modified.size(); i++) {
      b.append("m").append(i).append('\t').append(modified.get(i)).append('\n');
    }
    for (String path : deleted) {
      b.append("deleted\t").append(path).append('\n');
    }
    for (int i = 0; i < moved.size(); i++) {
      b.append("u").append(i).append('\t').append(moved.get(i)).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String leftoverMessage(Path stash) {
    return "a previous hook run was stopped before it could put your unstaged changes back; they"
        + " are in "
        + stash
        + " (see its manifest: copy each file back to its path, then delete that directory)."
        + " Nothing is checked until then";
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
