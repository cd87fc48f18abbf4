package dev.tollgate.core.release;

import java.util.function.Consumer;

/**
 * One step of a release plan. {@link #execute()} does the work, {@link #simulate(Consumer)} prints
 * what execute would do without changing anything, and {@link #undo()} reverts an executed step
 * (also one that failed half-way).
 */
public interface ReleaseStep {

  /** A short imperative description, e.g. "commit 'chore(release): v1.2.0'". */
  String title();

  void execute() throws Exception;

  /** Prints what {@link #execute()} would do; changes nothing. */
  void simulate(Consumer<String> out);

  void undo() throws Exception;
}
