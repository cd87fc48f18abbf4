package dev.tollgate.core.release;

/**
 * Called after each executed step. Tests inject a failure here to prove every earlier step is
 * undone; production code uses {@link #NONE}.
 */
@FunctionalInterface
public interface StepHook {

  StepHook NONE = (index, step) -> {};

  void afterExecute(int index, ReleaseStep step) throws Exception;
}
