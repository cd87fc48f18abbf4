package dev.tollgate.core.io;

import java.io.PrintStream;

/**
 * Test-only: lets a fault-injection test SIGKILL a running release at a named point. When the
 * system property {@code tollgate.test.pauseAt} names the point reached, the process prints {@code
 * TOLLGATE-PAUSED <point>} on standard output and waits to be killed (the test sends SIGKILL); with
 * the property unset, which is always the case outside such tests, {@link #reach} does nothing.
 */
public final class PausePoint {

  /** The system property naming the point to pause at. */
  public static final String PROPERTY = "tollgate.test.pauseAt";

  private PausePoint() {}

  /** Pauses here, for good, when {@link #PROPERTY} names {@code point}. */
  public static void reach(String point) {
    String wanted = System.getProperty(PROPERTY);
    if (wanted == null || !wanted.equals(point)) {
      return;
    }
    PrintStream out = System.out;
    out.println("TOLLGATE-PAUSED " + point);
    out.flush();
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        // keep waiting: only the kill ends this
      }
    }
  }
}
