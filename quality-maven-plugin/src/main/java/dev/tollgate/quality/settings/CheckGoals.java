package dev.tollgate.quality.settings;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which goals {@code quality:check} runs: {@code tollgate.check.goals} when given, else every
 * quality goal except those that change files ({@code *-fix}) or only make sense on their own;
 * minus {@code tollgate.check.excludes}. Pure, over goal names.
 */
public final class CheckGoals {

  /** Goals never run by default. */
  static final Set<String> NOT_BY_DEFAULT =
      Set.of("check", "help", "install-hooks", "uninstall-hooks", "branch", "commit-msg");

  private CheckGoals() {}

  /**
   * The goals to run, sorted.
   *
   * @param goals every goal of the plugin
   * @param isQualityGoal whether a goal is a quality check (reports findings)
   * @param settings the check's settings
   * @throws InvalidSettingException when {@code tollgate.check.goals} names an unknown goal
   */
  public static List<String> select(
      List<String> goals, Predicate<String> isQualityGoal, Settings settings) {
    Set<String> wanted = new TreeSet<>(settings.list("tollgate.check.goals"));
    Set<String> unwanted = new TreeSet<>(settings.list("tollgate.check.excludes"));
    for (String goal : wanted) {
      if (!goals.contains(goal)) {
        throw new InvalidSettingException(
            "tollgate.check.goals",
            "names '"
                + goal
                + "', which this plugin does not have; its goals are "
                + goals.stream().sorted().toList());
      }
    }
    return goals.stream()
        .filter(
            goal ->
                wanted.isEmpty()
                    ? !NOT_BY_DEFAULT.contains(goal)
                        && !goal.endsWith("-fix")
                        && isQualityGoal.test(goal)
                    : wanted.contains(goal))
        .filter(goal -> !unwanted.contains(goal) && !goal.equals("check"))
        .sorted()
        .toList();
  }
}
