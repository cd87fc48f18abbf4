package dev.tollgate.core.files;

import java.util.List;
import java.util.Set;

/** A check over paths and modes only (no content), e.g. names that clash on Windows. */
public non-sealed interface PathCheck extends Check {

  /** What the scanner knows about the tree, beyond the files in scope. */
  interface Tree {

    /** Every tracked path (not only those in scope). */
    Set<String> trackedPaths();

    /**
     * The target a symbolic link points at, as stored (working tree link or staged blob), or {@code
     * null} when it cannot be read.
     */
    String linkTarget(FileInfo link);

    /** Whether a repository-relative path exists in the working tree (following links). */
    boolean exists(String path);

    /**
     * The tracked symbolic link at a path (in scope or not), or {@code null} when there is none.
     */
    default FileInfo trackedLink(String path) {
      return null;
    }
  }

  /** Checks the files in scope. */
  void check(List<FileInfo> files, Tree tree, FindingSink sink);
}
