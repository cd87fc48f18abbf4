package dev.tollgate.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes files so that readers see either the old or the new content, never a half-written file:
 * the bytes go to a temporary file in the same directory, which is then renamed over the target.
 * POSIX permissions of an existing target are kept.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Replaces (or creates) {@code target} with {@code content}, creating parent directories. */
  public static void write(Path target, byte[] content) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Set<PosixFilePermission> permissions = existingPermissions(target);
    Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tollgate-tmp");
    try {
      Files.write(temp, content);
      if (permissions != null) {
        Files.setPosixFilePermissions(temp, permissions);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
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
