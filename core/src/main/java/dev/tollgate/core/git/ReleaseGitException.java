package dev.tollgate.core.git;

/** A git operation failed; the message says which and, where it can, how to fix it. */
public final class ReleaseGitException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReleaseGitException(String message) {
    super(message);
  }

  public ReleaseGitException(String message, Throwable cause) {
    super(message, cause);
  }
}
