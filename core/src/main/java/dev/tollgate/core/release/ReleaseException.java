package dev.tollgate.core.release;

/** A release cannot go ahead or failed and was undone; the message names the cause and the fix. */
public final class ReleaseException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReleaseException(String message) {
    super(message);
  }

  public ReleaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
