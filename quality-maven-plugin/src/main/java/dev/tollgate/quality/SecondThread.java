package dev.tollgate.quality;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Work running on a daemon thread of its own while the goal's thread does the rest; joining it
 * returns its value, or throws its failure on the joining thread as if it had happened there.
 */
final class SecondThread<T> {

  private final FutureTask<T> task;

  private SecondThread(FutureTask<T> task) {
    this.task = task;
  }

  /** Starts {@code work} on a new daemon thread called {@code name}. */
  static <T> SecondThread<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return new SecondThread<>(task);
  }

  /**
   * The value, for a goal: an {@link IOException}, {@link RuntimeException} or {@link Error} of the
   * work is rethrown as is; an interrupt of this thread (the flag set again) and any other failure
   * become a {@link MojoExecutionException} naming {@code goal}.
   */
  T join(String goal) throws IOException, MojoExecutionException {
    try {
      return value();
    } catch (InterruptedException e) {
      throw new MojoExecutionException(goal + " was interrupted", e);
    } catch (ExecutionException e) {
      throw new MojoExecutionException(goal + ": " + e.getCause(), e.getCause());
    }
  }

  /**
   * The value, where no checked exception can pass: a {@link RuntimeException} or {@link Error} of
   * the work is rethrown as is; an interrupt of this thread (the flag set again) becomes an {@link
   * IllegalStateException} with the message {@code interrupted}, any other failure one around it.
   */
  T joinUnchecked(String interrupted) {
    try {
      return value();
    } catch (InterruptedException e) {
      throw new IllegalStateException(interrupted, e);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops the work if it still runs: a no-op once it has finished. */
  void cancel() {
    task.cancel(true);
  }

  /**
   * The value; the work's IOException, RuntimeException or Error unwrapped, any other failure left
   * in the {@link ExecutionException}; the interrupt flag set again before an InterruptedException.
   */
  private T value() throws IOException, InterruptedException, ExecutionException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
