package dev.tollgate.core.tasks;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the tasks from the {@value #TASKS} setting. The pom's {@code <tasks><task>…</task></tasks>}
 * becomes one line per element, {@code <id>.<element>=<value>} (e.g. {@code
 * format.goals=spotless:check}), the same text whether a goal reads its parameter or the hooks read
 * {@code hooks.properties}. Every mistake is an {@link InvalidSettingException} naming the task.
 */
public final class TaskDefinitions {

  /** The setting that holds the tasks. */
  public static final String TASKS = "tollgate.tasks";

  /** The elements of a {@code <task>}. */
  public static final Set<String> ELEMENTS = Set.of("id", "stage", "goals", "command", "files");

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private TaskDefinitions() {}

  /**
   * The tasks, in pom order.
   *
   * @throws InvalidSettingException when a task is incomplete or malformed, naming it
   */
  public static List<Task> from(Settings settings) {
    Map<String, Map<String, String>> byId = new LinkedHashMap<>();
    for (String line : settings.lines(TASKS)) {
      int eq = line.indexOf('=');
      int dot = eq < 0 ? -1 : line.lastIndexOf('.', eq);
      if (dot <= 0) {
        throw new InvalidSettingException(
            TASKS,
            "'"
                + line
                + "' is not a task element; write each <task> with <id>, <stage>, <goals> or"
                + " <command>, and <files>");
      }
      String id = line.substring(0, dot).trim();
      String element = line.substring(dot + 1, eq).trim();
      String value = line.substring(eq + 1).trim();
      if (!ID.matcher(id).matches()) {
        throw new InvalidSettingException(
            TASKS,
            "task id '"
                + id
                + "' must be letters, digits, '-' or '_' (it is typed in TOLLGATE_SKIP)");
      }
      if (!ELEMENTS.contains(element)) {
        throw new InvalidSettingException(
            TASKS,
            "task '" + id + "' has an unknown element <" + element + ">; use " + sorted(ELEMENTS));
      }
      Map<String, String> fields = byId.computeIfAbsent(id, k -> new LinkedHashMap<>());
      if (fields.containsKey(element) && !element.equals("id")) {
        throw new InvalidSettingException(
            TASKS, "two tasks have the id '" + id + "'; give each <task> its own <id>");
      }
      fields.put(element, value);
    }
    List<Task> tasks = new ArrayList<>();
    byId.forEach((id, fields) -> tasks.add(task(id, fields)));
    return List.copyOf(tasks);
  }

  private static Task task(String id, Map<String, String> fields) {
    String stageText = fields.get("stage");
    if (stageText == null || stageText.isBlank()) {
      throw new InvalidSettingException(
          TASKS, "task '" + id + "' has no <stage>; use one of " + Stage.labels());
    }
    Stage stage =
        Stage.of(stageText)
            .orElseThrow(
                () ->
                    new InvalidSettingException(
                        TASKS,
                        "task '"
                            + id
                            + "' has the unknown stage '"
                            + stageText
                            + "'; use one of "
                            + Stage.labels()));
    List<String> goals = split(fields.getOrDefault("goals", ""));
    String command = fields.getOrDefault("command", "").trim();
    if (goals.isEmpty() == command.isEmpty()) {
      throw new InvalidSettingException(
          TASKS,
          "task '"
              + id
              + "' needs either <goals> (Maven goals, e.g. spotless:check) or <command> (a sh"
              + " command line, e.g. ./lint.sh {files}), not "
              + (goals.isEmpty() ? "neither" : "both"));
    }
    for (String goal : goals) {
      if (goal.startsWith("-")) {
        throw new InvalidSettingException(
            TASKS,
            "task '"
                + id
                + "' lists '"
                + goal
                + "' in <goals>; goals only (put Maven options in tollgate.tasks.mavenArgs)");
      }
    }
    List<String> files = new ArrayList<>();
    for (String glob : fields.getOrDefault("files", "").split("[,\\n]")) {
      if (!glob.isBlank()) {
        files.add(glob.trim());
      }
    }
    return new Task(
        id,
        stage,
        goals,
        command.isEmpty() ? Optional.empty() : Optional.of(command),
        files.isEmpty() ? List.of("**") : files);
  }

  /** Comma- or space-separated goals. */
  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split("[,\\s]+")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  private static List<String> sorted(Set<String> set) {
    return set.stream().sorted().toList();
  }
}
