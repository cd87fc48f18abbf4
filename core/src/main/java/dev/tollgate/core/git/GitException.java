package dev.tollgate.core.git;

/**
 * A git problem a user can fix: an unknown revision, a shallow clone, no repository. The message
 * names what is wrong and ends with the fix.
 */
public final class GitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public GitException(String message) {
    super(message);
  }

  public GitException(String message, Throwable cause) {
    super(message, cause);
  }
}
