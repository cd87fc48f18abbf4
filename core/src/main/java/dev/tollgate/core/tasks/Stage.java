package dev.tollgate.core.tasks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The git hook a task runs in. */
public enum Stage {
  /** Before a commit is recorded: checks the staged files. */
  PRE_COMMIT("pre-commit"),
  /** After the commit message is written: checks the staged files as well. */
  COMMIT_MSG("commit-msg"),
  /** Before a push. */
  PRE_PUSH("pre-push");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  /** The hook's name, as in {@code <stage>}: {@code pre-commit}, {@code commit-msg}, … */
  public String label() {
    return label;
  }

  /** The labels of every stage. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(Stage::label).toList();
  }

  /** The stage with this label, when there is one. */
  public static Optional<Stage> of(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equals(label.trim())).findFirst();
  }
}
