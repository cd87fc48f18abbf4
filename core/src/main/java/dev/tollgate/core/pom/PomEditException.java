package dev.tollgate.core.pom;

/** A POM cannot be read or edited without losing bytes; the message names the file and the fix. */
public final class PomEditException extends Exception {
  private static final long serialVersionUID = 1L;

  public PomEditException(String message) {
    super(message);
  }

  public PomEditException(String message, Throwable cause) {
    super(message, cause);
  }
}
