package dev.tollgate.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** Work on a second, real thread: its value or its failure arrives on the joining thread. */
class SecondThreadTest {

  @Test
  void returnsTheValueComputedOnANamedDaemonThread() throws Exception {
    SecondThread<String> work =
        SecondThread.start(
            "tollgate-test-worker",
            () ->
                Thread.currentThread().getName() + " daemon=" + Thread.currentThread().isDaemon());

    assertThat(work.join("quality:test")).isEqualTo("tollgate-test-worker daemon=true");
  }

  @Test
  void rethrowsTheWorkersIoExceptionItself() {
    IOException failure = new IOException("pom.xml (Permission denied)");
    SecondThread<String> work = SecondThread.start("tollgate-test-worker", () -> fail(failure));

    assertThatThrownBy(() -> work.join("quality:test")).isSameAs(failure);
  }

  @Test
  void rethrowsTheWorkersRuntimeExceptionAndErrorAsTheyAre() {
    IllegalArgumentException runtime = new IllegalArgumentException("bad setting");
    AssertionError error = new AssertionError("broken");
    SecondThread<String> first = SecondThread.start("tollgate-test-worker", () -> fail(runtime));
    SecondThread<String> second = SecondThread.start("tollgate-test-worker", () -> fail(error));

    assertThatThrownBy(() -> first.join("quality:test")).isSameAs(runtime);
    assertThatThrownBy(() -> second.joinUnchecked("interrupted")).isSameAs(error);
  }

  @Test
  void wrapsAnyOtherCheckedFailureForTheCaller() {
    Exception odd = new Exception("odd");
    SecondThread<String> work = SecondThread.start("tollgate-test-worker", () -> fail(odd));

    assertThatThrownBy(() -> work.join("quality:test"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("quality:test: java.lang.Exception: odd")
        .hasCause(odd);
    assertThatThrownBy(() -> work.joinUnchecked("interrupted"))
        .isInstanceOf(IllegalStateException.class)
        .hasCause(odd);
  }

  @Test
  void anInterruptOfTheJoiningThreadKeepsItsFlagAndNamesTheGoal() {
    SecondThread<String> work =
        SecondThread.start(
            "tollgate-test-worker",
            () -> untilInterrupted(new CountDownLatch(1), new CountDownLatch(1)));
    try {
      Thread.currentThread().interrupt();
      assertThatThrownBy(() -> work.join("quality:test"))
          .isInstanceOf(MojoExecutionException.class)
          .hasMessage("quality:test was interrupted");
      assertThat(Thread.interrupted()).isTrue();

      Thread.currentThread().interrupt();
      assertThatThrownBy(() -> work.joinUnchecked("interrupted while testing"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("interrupted while testing");
      assertThat(Thread.interrupted()).isTrue();
    } finally {
      Thread.interrupted();
      work.cancel();
    }
  }

  @Test
  void cancelAfterTheWorkFinishedIsHarmless() throws Exception {
    SecondThread<String> work = SecondThread.start("tollgate-test-worker", () -> "done");
    assertThat(work.join("quality:test")).isEqualTo("done");

    work.cancel();
    work.cancel();

    assertThat(work.join("quality:test")).isEqualTo("done");
    assertThat(work.joinUnchecked("interrupted")).isEqualTo("done");
  }

  @Test
  void cancelStopsWorkThatStillRuns() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    SecondThread<String> work =
        SecondThread.start("tollgate-test-worker", () -> untilInterrupted(started, stopped));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    work.cancel();

    assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
  }

  /** Work that never ends by itself: counts down {@code stopped} when interrupted. */
  private static String untilInterrupted(CountDownLatch started, CountDownLatch stopped)
      throws InterruptedException {
    started.countDown();
    try {
      new CountDownLatch(1).await();
      return "never";
    } catch (InterruptedException e) {
      stopped.countDown();
      throw e;
    }
  }

  private static String fail(Throwable failure) throws Exception {
    if (failure instanceof Error error) {
      throw error;
    }
    throw (Exception) failure;
  }
}
