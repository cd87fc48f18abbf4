package dev.tollgate.core.io;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Internal, for fault-injection tests only: lets a test SIGKILL a running release (the core in a
 * forked JVM, or a real {@code mvn release:prepare}) at a named point. When the system property
 * {@code tollgate.test.pauseAt} names the point reached ({@code after-step:4}), or its n-th passage
 * ({@code after-file:m07/pom.xml#2}), the process prints {@code TOLLGATE-PAUSED <value>} on
 * standard output and waits to be killed. With the property unset, which is always the case outside
 * such tests, {@link #reach} reads one system property and returns.
 */
public final class PausePoint {

  /** The system property naming the point to pause at. */
  public static final String PROPERTY = "tollgate.test.pauseAt";

  // how often each point was passed in this JVM, counted only while the property is set
  private static final Map<String, Integer> PASSED = new ConcurrentHashMap<>();

  private PausePoint() {}

  /** Pauses here, for good, when {@link #PROPERTY} names {@code point} (and this passage). */
  public static void reach(String point) {
    String wanted = System.getProperty(PROPERTY);
    if (wanted == null) {
      return;
    }
    int hash = wanted.lastIndexOf('#');
    String name = hash < 0 ? wanted : wanted.substring(0, hash);
    if (!name.equals(point)) {
      return;
    }
    int nth = hash < 0 ? 1 : Integer.parseInt(wanted.substring(hash + 1));
    if (PASSED.merge(point, 1, Integer::sum) != nth) {
      return;
    }
    PrintStream out = System.out;
    out.println("TOLLGATE-PAUSED " + wanted);
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
