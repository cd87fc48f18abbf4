package dev.tollgate.core.release;

import dev.tollgate.core.io.PausePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An ordered list of release steps run as one unit: if any step fails, every step executed so far
 * (including the failing one) is undone in reverse order, so the repository ends as it began.
 */
public record ReleasePlan(List<ReleaseStep> steps) {

  public ReleasePlan {
    steps = List.copyOf(steps);
  }

  /** Prints the plan and what each step would do (dry-run); changes nothing. */
  public void simulate(Consumer<String> out) {
    out.accept("Release plan (dry run, nothing is changed):");
    for (int i = 0; i < steps.size(); i++) {
      ReleaseStep step = steps.get(i);
      out.accept("  " + (i + 1) + ". " + step.title());
    }
    for (int i = 0; i < steps.size(); i++) {
      ReleaseStep step = steps.get(i);
      out.accept("[" + (i + 1) + "/" + steps.size() + "] " + step.title());
      step.simulate(out);
    }
  }

  /** Runs the steps; on failure undoes what ran and throws, naming the failed step. */
  public void execute(Consumer<String> log, StepHook hook) throws ReleaseException {
    List<ReleaseStep> executed = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      ReleaseStep step = steps.get(i);
      log.accept("[" + (i + 1) + "/" + steps.size() + "] " + step.title());
      try {
        PausePoint.reach("before-step:" + (i + 1));
        executed.add(step);
        step.execute();
        hook.afterExecute(i, step);
        PausePoint.reach("after-step:" + (i + 1));
      } catch (Exception e) {
        List<String> undoProblems = undo(executed, log);
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (undoProblems.isEmpty()) {
          throw new ReleaseException("step '" + step.title() + "' failed: " + cause + UNDONE, e);
        }
        throw new ReleaseException(
            "step '"
                + step.title()
                + "' failed: "
                + cause
                + "; undoing the earlier steps also failed: "
                + String.join("; ", undoProblems)
                + " — check `git status` and `git tag` and fix by hand",
            e);
      }
    }
  }

  private static final String UNDONE =
      "; every earlier step was undone, the repository is as before";

  /** Whether a failure of {@link #execute} left the repository as before (every undo worked). */
  static boolean wasUndone(ReleaseException e) {
    return e.getMessage() != null && e.getMessage().contains(UNDONE);
  }

  private static List<String> undo(List<ReleaseStep> executed, Consumer<String> log) {
    List<String> problems = new ArrayList<>();
    for (int i = executed.size() - 1; i >= 0; i--) {
      ReleaseStep step = executed.get(i);
      try {
        log.accept("undo: " + step.title());
        step.undo();
      } catch (Exception e) {
        problems.add("undo of '" + step.title() + "': " + e.getMessage());
      }
    }
    return problems;
  }
}
