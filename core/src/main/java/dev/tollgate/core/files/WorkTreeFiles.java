package dev.tollgate.core.files;

import dev.tollgate.core.git.TrackedFiles;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working files of tracked paths, read the way git would record them: never through a symbolic
 * link and never from a FIFO, socket or device (opening a FIFO would wait for a writer forever).
 * Whatever cannot be read is a finding of {@link #ID}, always an error: a path this system cannot
 * name, a special file, a directory or a link where git tracks a file, a file beyond a linked
 * directory, a file that cannot be opened. Only a file deleted from the working tree is passed over
 * in silence: there is nothing there to check, and {@code git status} shows it.
 */
final class WorkTreeFiles implements FileScanner.ContentSource {

  /** The rule id of what cannot be read; not a check, so it cannot be turned off. */
  static final String ID = "unreadable";

  /** Opens a regular file for reading; replaced in tests to fake what root can always read. */
  @FunctionalInterface
  interface Opener {
    FileChannel open(Path file) throws IOException;
  }

  /** Opens without following a symbolic link in the last name. */
  static final Opener NO_FOLLOW =
      file -> FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

  private final TrackedFiles git;
  private final Opener opener;
  private final Path root;
  private Path realRoot;
  private final Map<Path, Optional<String>> linkedDirectories = new ConcurrentHashMap<>();

  WorkTreeFiles(TrackedFiles git, Opener opener) {
    this.git = git;
    this.opener = opener;
    this.root = git.root();
  }

  @Override
  public Opened open(FileInfo file, FindingSink sink) throws IOException {
    Path path = locate(file, sink);
    if (path == null) {
      return null;
    }
    // a file system error here: e.g. replaced by a link or a FIFO between the look and the open
    FileChannel channel = readOrReport(file, sink, () -> opener.open(path));
    if (channel == null) {
      return null;
    }
    return new Opened(Channels.newInputStream(channel), channel.size());
  }

  /**
   * The regular file a tracked path names in the working tree; {@code null} after reporting why it
   * cannot be read, or when it was deleted.
   */
  Path locate(FileInfo file, FindingSink sink) throws IOException {
    Optional<Path> named = git.workPath(file.path());
    if (named.isEmpty()) {
      sink.report(
          finding(
              file,
              "unmappable-name",
              "name is not valid in this system's file names (sun.jnu.encoding="
                  + System.getProperty("sun.jnu.encoding", "?")
                  + "); not read",
              "rename it to a UTF-8 name: git mv"));
      return null;
    }
    Path path = named.get();
    Optional<String> beyond = beyondLink(path.getParent());
    if (beyond.isPresent()) {
      sink.report(
          finding(
              file,
              "beyond-symlink",
              beyond.get() + "; git tracks a directory there, so the file is not read",
              "restore the directory (remove the link, then git checkout -- "
                  + parentOf(file.path())
                  + ") or stage the change (git add -A)"));
      return null;
    }
    BasicFileAttributes attributes =
        readOrReport(
            file,
            sink,
            () -> Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    if (attributes == null) {
      return null;
    }
    if (attributes.isRegularFile()) {
      return path;
    }
    String restore =
        "put the file back (git checkout -- "
            + file.path()
            + ") or stop tracking it (git rm --cached "
            + file.path()
            + ")";
    if (attributes.isSymbolicLink()) {
      boolean loops = loops(path);
      sink.report(
          finding(
              file,
              loops ? "symlink-loop" : "symlink",
              "symbolic link"
                  + (loops ? " that loops" : " to '" + target(path) + "'")
                  + " where git tracks a regular file; the link is not followed",
              restore));
    } else if (attributes.isDirectory()) {
      sink.report(
          finding(file, "directory", "directory where git tracks a file; not read", restore));
    } else {
      String kind = specialKind(path);
      sink.report(
          finding(
              file,
              kind,
              describe(kind) + " where git tracks a file; never opened (it could block)",
              restore));
    }
    return null;
  }

  /** Why files of this directory lie beyond a symbolic link, or empty when they do not. */
  private Optional<String> beyondLink(Path dir) {
    if (dir == null || dir.equals(root)) {
      return Optional.empty();
    }
    return linkedDirectories.computeIfAbsent(dir, this::linkProblem);
  }

  private Optional<String> linkProblem(Path dir) {
    Path real;
    Path realRoot;
    try {
      real = dir.toRealPath();
      realRoot = realRoot();
    } catch (IOException e) {
      return Optional.empty(); // missing: the file is deleted, and its own look says so
    }
    Path expected = realRoot.resolve(root.relativize(dir));
    if (real.equals(expected)) {
      return Optional.empty();
    }
    Path link = dir;
    for (Path p = root.relativize(dir); p != null; p = p.getParent()) {
      Path candidate = root.resolve(p);
      if (Files.isSymbolicLink(candidate)) {
        link = candidate;
      }
    }
    return Optional.of(
        "reached through the symbolic link "
            + root.relativize(link).toString().replace('\\', '/')
            + "/ to "
            + real
            + (real.startsWith(realRoot) ? "" : ", outside the work tree"));
  }

  private synchronized Path realRoot() throws IOException {
    if (realRoot == null) {
      realRoot = root.toRealPath();
    }
    return realRoot;
  }

  private static boolean loops(Path link) {
    try {
      Files.readAttributes(link, BasicFileAttributes.class);
      return false;
    } catch (FileSystemException e) {
      return e.getReason() != null && e.getReason().contains("levels of symbolic links");
    } catch (IOException e) {
      return false;
    }
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "?";
    }
  }

  /** {@code fifo}, {@code socket}, {@code device} or {@code special-file}, from the file's mode. */
  private static String specialKind(Path path) {
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      return switch (mode & 0170000) {
        case 0010000 -> "fifo";
        case 0140000 -> "socket";
        case 0020000, 0060000 -> "device";
        default -> "special-file";
      };
    } catch (IOException | RuntimeException e) {
      return "special-file"; // no unix attribute view (Windows)
    }
  }

  private static String describe(String kind) {
    return switch (kind) {
      case "fifo" -> "FIFO (named pipe)";
      case "socket" -> "socket";
      case "device" -> "device file";
      default -> "special file";
    };
  }

  /** One read of the file system that may find the file gone, unreadable or otherwise failing. */
  private interface FileRead<T> {
    T read() throws IOException;
  }

  /**
   * What the read returns; {@code null} when the file is gone, or after reporting why it cannot be
   * read.
   */
  private static <T> T readOrReport(FileInfo file, FindingSink sink, FileRead<T> read)
      throws IOException {
    try {
      return read.read();
    } catch (NoSuchFileException e) {
      return null;
    } catch (AccessDeniedException e) {
      sink.report(denied(file));
      return null;
    } catch (FileSystemException e) {
      sink.report(failed(file, e));
      return null;
    }
  }

  private static FileFinding denied(FileInfo file) {
    return finding(
        file,
        "permission",
        "permission denied; not read",
        "make it readable (chmod u+r "
            + file.path()
            + ", and u+x on its directories) or run the check as its owner");
  }

  private static FileFinding failed(FileInfo file, FileSystemException e) {
    String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
    return finding(
        file,
        reason.contains("levels of symbolic links") ? "symlink-loop" : "io-error",
        "cannot be read: " + reason,
        "check the file in the working tree, or restore it (git checkout -- " + file.path() + ")");
  }

  private static FileFinding finding(FileInfo file, String kind, String message, String hint) {
    return FileFinding.of(ID, kind, file.path(), 0, 0, message, hint);
  }

  private static String parentOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "." : path.substring(0, slash);
  }
}
