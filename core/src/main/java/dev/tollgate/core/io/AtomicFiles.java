package dev.tollgate.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers see either the old or the new content, never a half-written file, as
 * git does: the bytes go to a temporary file in the same directory, are flushed to the disk ({@code
 * fsync}), and the file is then renamed over the target. A symbolic link stays a link: the file it
 * points to is replaced. POSIX permissions of an existing target are kept; a new file gets the mode
 * the process's umask gives (as any editor's would), not the private mode of a temporary file. A
 * failure (disk full, no permission) leaves the target as it was and no temporary file behind; a
 * temporary file is also removed when the JVM is stopped mid-write (a shutdown hook, for Ctrl-C or
 * {@code kill}), and one left by a killed earlier run ({@code .NAME*.tollgate-tmp}) is removed
 * before the next write of that file.
 */
public final class AtomicFiles {

  /** The suffix of temporary files. */
  public static final String TEMP_SUFFIX = ".tollgate-tmp";

  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (Path temp : IN_FLIGHT) {
                    try {
                      Files.deleteIfExists(temp);
                    } catch (IOException e) {
                      // the JVM is going away: nothing more to do
                    }
                  }
                },
                "tollgate-temp-cleanup"));
  }

  /** Writes the new content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /** Replaces (or creates) {@code target} with {@code content}, creating parent directories. */
  public static void write(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content));
  }

  /**
   * Replaces (or creates) {@code target} with what {@code content} writes, streaming: the content
   * is never held in memory whole.
   */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, true);
  }

  /**
   * Replaces (or creates) {@code target} as {@link #write(Path, byte[])} does (readers see the old
   * or the new content, never a mix), but without flushing it to the disk: for many files whose
   * durable copy is kept elsewhere first (the release journal restores them after a power loss),
   * where one {@code fsync} per file would dominate the run.
   */
  public static void writeWithoutSync(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content), false);
  }

  private static void write(Path target, Content content, boolean sync) throws IOException {
    Path file = resolveLinks(target.toAbsolutePath());
    Path parent = file.getParent();
    Files.createDirectories(parent);
    String name = file.getFileName().toString();
    removeStaleTemps(parent, name);
    Set<PosixFilePermission> permissions = existingPermissions(file);
    Path temp = temporary(parent, name);
    IN_FLIGHT.add(temp);
    try {
      // CREATE_NEW with default attributes: the new file's mode follows the umask
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        if (sync) {
          channel.force(true);
        }
      }
      if (permissions != null) {
        Files.setPosixFilePermissions(temp, permissions);
      }
      PausePoint.reach("write-temp:" + name);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      if (sync) {
        syncDirectory(parent);
      }
    } finally {
      Files.deleteIfExists(temp);
      IN_FLIGHT.remove(temp);
    }
  }

  /** The file a chain of symbolic links ends at (which may not exist yet); the path itself else. */
  public static Path resolveLinks(Path path) throws IOException {
    Path current = path;
    for (int hops = 0; hops < 40 && Files.isSymbolicLink(current); hops++) {
      Path link = Files.readSymbolicLink(current);
      current = current.getParent().resolve(link).normalize();
    }
    return current;
  }

  private static Path temporary(Path parent, String name) {
    // Unique, not secret: CREATE_NEW refuses an existing file or link of that name, so a guessed
    // name can only make a write fail, never redirect it (and SecureRandom's start-up is spared).
    byte[] random = new byte[6];
    ThreadLocalRandom.current().nextBytes(random);
    return parent.resolve("." + name + "." + HexFormat.of().formatHex(random) + TEMP_SUFFIX);
  }

  /** Removes temporary files of {@code name} that a killed earlier write left behind. */
  private static void removeStaleTemps(Path dir, String name) throws IOException {
    try (DirectoryStream<Path> stale =
        Files.newDirectoryStream(dir, p -> isTempOf(p.getFileName().toString(), name))) {
      for (Path p : stale) {
        if (!IN_FLIGHT.contains(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * Whether {@code file} is a temporary file of {@code name}: {@code .NAME.<hex>.tollgate-tmp}, or
   * {@code .NAME<digits>.tollgate-tmp} as earlier versions named them.
   */
  private static boolean isTempOf(String file, String name) {
    if (!file.startsWith("." + name)
        || !file.endsWith(TEMP_SUFFIX)
        || file.length() <= name.length() + 1 + TEMP_SUFFIX.length()) {
      return false;
    }
    String middle = file.substring(name.length() + 1, file.length() - TEMP_SUFFIX.length());
    if (middle.startsWith(".")) {
      String hex = middle.substring(1);
      return !hex.isEmpty() && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
    return middle.chars().allMatch(Character::isDigit);
  }

  /** Makes the rename durable where the platform can sync a directory (not on Windows). */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      // not supported here: the file's own fsync is what matters most
    }
  }

  private static Set<PosixFilePermission> existingPermissions(Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    PosixFileAttributeView view =
        Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    return view == null ? null : view.readAttributes().permissions();
  }
}
