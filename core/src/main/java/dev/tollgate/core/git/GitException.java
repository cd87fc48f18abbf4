package dev.tollgate.core.git;

/**
 * A git repository could not be read as asked: no repository, an unknown ref, a shallow clone. The
 * message names what is wrong and ends with the fix.
 */
public class GitException extends Exception {

  private static final long serialVersionUID = 1L;

  public GitException(String message) {
    super(message);
  }

  public GitException(String message, Throwable cause) {
    super(message, cause);
  }
}
