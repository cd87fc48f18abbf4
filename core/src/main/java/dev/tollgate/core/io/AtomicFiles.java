package dev.tollgate.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes files so that readers see either the old or the new content, never a half-written file:
 * the bytes go to a temporary file in the same directory, which is then renamed over the target. A
 * symbolic link stays a link: the file it points to is replaced. POSIX permissions of an existing
 * target are kept; a new file gets the mode the process's umask gives (as any editor's would), not
 * the private mode of a temporary file. A failure (disk full, no permission) leaves the target as
 * it was and no temporary file behind.
 */
public final class AtomicFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** Replaces (or creates) {@code target} with {@code content}, creating parent directories. */
  public static void write(Path target, byte[] content) throws IOException {
    Path file = resolveLinks(target.toAbsolutePath());
    Path parent = file.getParent();
    Files.createDirectories(parent);
    Set<PosixFilePermission> permissions = existingPermissions(file);
    Path temp = temporary(parent, file.getFileName().toString());
    try {
      // CREATE_NEW with default attributes: the new file's mode follows the umask
      Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      if (permissions != null) {
        Files.setPosixFilePermissions(temp, permissions);
      }
      PausePoint.reach("write-temp:" + file.getFileName());
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
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
    byte[] random = new byte[6];
    RANDOM.nextBytes(random);
    return parent.resolve("." + name + "." + HexFormat.of().formatHex(random) + ".tollgate-tmp");
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
