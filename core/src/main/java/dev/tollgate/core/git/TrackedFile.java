package dev.tollgate.core.git;

import java.util.Objects;

/**
 * One file as the git index records it.
 *
 * @param path the repository-relative path with {@code /} separators
 * @param mode the git file mode ({@code 0100644}, {@code 0100755}, {@code 0120000} for a symbolic
 *     link, {@code 0160000} for a submodule)
 * @param blobId the hex id of the staged blob (for a submodule: the commit it points at)
 */
public record TrackedFile(String path, int mode, String blobId) {

  /** Mode of an executable regular file. */
  public static final int EXECUTABLE = 0100755;

  /** Mode of a symbolic link (its blob is the link target). */
  public static final int SYMLINK = 0120000;

  /** Mode of a submodule (a "gitlink" to a commit of another repository). */
  public static final int GITLINK = 0160000;

  public TrackedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(blobId, "blobId");
  }

  /** Whether the index marks the file executable. */
  public boolean isExecutable() {
    return mode == EXECUTABLE;
  }

  /** Whether the entry is a symbolic link. */
  public boolean isSymlink() {
    return mode == SYMLINK;
  }

  /** Whether the entry is a submodule. */
  public boolean isSubmodule() {
    return mode == GITLINK;
  }

  /** Whether the entry is a regular (possibly executable) file. */
  public boolean isRegularFile() {
    return (mode & 0170000) == 0100000;
  }
}
