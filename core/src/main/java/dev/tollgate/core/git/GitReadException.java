package dev.tollgate.core.git;

/** A git repository could not be read, or a ref does not resolve; the message names the fix. */
public final class GitReadException extends Exception {

  private static final long serialVersionUID = 1L;

  public GitReadException(String message) {
    super(message);
  }

  public GitReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
