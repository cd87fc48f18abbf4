package dev.tollgate.core.git;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A git problem a user can fix: an unknown revision, a shallow clone, no repository, a damaged
 * repository, one owned by another user. The message names what is wrong and ends with the fix;
 * {@link #kind()} tells the cases a caller treats differently apart.
 */
public final class GitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The fix printed whenever the repository is damaged. */
  public static final String FSCK_FIX =
      "check it with git fsck --full, then repair it or clone it again";

  /** What kind of problem this is. */
  public enum Kind {
    /** Any other problem: an unknown revision, a shallow clone, a failed write. */
    GENERAL,
    /** No git repository at or above the directory: nothing git-based can be checked. */
    NO_REPOSITORY,
    /**
     * The repository exists but git cannot read it: bad {@code HEAD}, missing or corrupt objects.
     */
    DAMAGED,
    /** The repository belongs to another user and {@code safe.directory} does not trust it. */
    UNSAFE_OWNERSHIP
  }

  private final Kind kind;
  private final String directory;

  public GitException(String message) {
    this(Kind.GENERAL, null, message, null);
  }

  public GitException(String message, Throwable cause) {
    this(Kind.GENERAL, null, message, cause);
  }

  private GitException(Kind kind, Path directory, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.directory = directory == null ? null : directory.toString();
  }

  /** There is no git repository at or above {@code dir}. */
  public static GitException noRepository(Path dir) {
    return new GitException(
        Kind.NO_REPOSITORY,
        dir,
        "no git repository at or above "
            + dir
            + "; run the goal in a git clone (not a source archive), or git init there",
        null);
  }

  /**
   * The repository at {@code dir} is damaged.
   *
   * @param what what is wrong, e.g. {@code HEAD is empty}
   */
  public static GitException damaged(Path dir, String what, Throwable cause) {
    return new GitException(
        Kind.DAMAGED,
        dir,
        "the git repository at " + dir + " is damaged: " + what + "; " + FSCK_FIX,
        cause);
  }

  /** The repository belongs to another user and is not listed in {@code safe.directory}. */
  static GitException unsafeOwnership(Path dir, String message) {
    return new GitException(Kind.UNSAFE_OWNERSHIP, dir, message, null);
  }

  /** What kind of problem this is. */
  public Kind kind() {
    return kind;
  }

  /** The directory the problem is about (the searched or the repository directory), when known. */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory).map(Path::of);
  }
}
