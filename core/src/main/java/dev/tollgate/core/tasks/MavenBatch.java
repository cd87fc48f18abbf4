package dev.tollgate.core.tasks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one Maven start of a stage: the goals of all its Maven tasks in pom order, the reactor
 * limited ({@code -pl}) to the modules that own the selected files, and the files handed to the
 * tools that take a file filter (spotless: {@code -DspotlessFiles}, regular expressions over
 * absolute paths). When the filter would not fit the argument limit it is left out and the tools
 * check the whole of the selected modules: more work, never less checking. Pure.
 *
 * @param tasks the Maven tasks it runs
 * @param arguments the Maven arguments, without the executable
 * @param modules the modules selected, project-relative ({@code .} for the project itself); empty
 *     when the whole reactor runs
 * @param fileFilter whether the tools were given the files
 */
public record MavenBatch(
    List<Task> tasks, List<String> arguments, List<String> modules, boolean fileFilter) {

  /** The property spotless-maven-plugin reads its file filter from. */
  public static final String SPOTLESS_FILES = "spotlessFiles";

  public MavenBatch {
    tasks = List.copyOf(tasks);
    arguments = List.copyOf(arguments);
    modules = List.copyOf(modules);
  }

  /**
   * Plans the invocation.
   *
   * @param selected the Maven tasks that run, each with its files (project-relative)
   * @param extraArguments options for every task run ({@code tollgate.tasks.mavenArgs})
   * @param reactorModules the reactor's module directories, project-relative ({@code ""} for the
   *     project itself); empty when unknown, then the whole reactor runs
   * @param projectDir the project's absolute directory, for the file filter
   * @param wholeTree whether every file is in scope (no module limit, no file filter)
   * @param limit the byte budget of the command line
   */
  public static MavenBatch plan(
      Map<Task, List<String>> selected,
      List<String> extraArguments,
      Collection<String> reactorModules,
      String projectDir,
      boolean wholeTree,
      int limit) {
    Set<String> goals = new LinkedHashSet<>();
    Set<String> files = new LinkedHashSet<>();
    boolean spotless = false;
    for (Map.Entry<Task, List<String>> e : selected.entrySet()) {
      goals.addAll(e.getKey().goals());
      files.addAll(e.getValue());
      spotless |= e.getKey().goals().stream().anyMatch(g -> g.startsWith("spotless:"));
    }
    // tollgate.skip: the nested build must not run Tollgate (the extension would start the tasks
    // again)
    List<String> arguments = new ArrayList<>(List.of("-B", "-q", "-Dtollgate.skip=true"));
    arguments.addAll(extraArguments);
    List<String> modules = List.of();
    if (!wholeTree && !reactorModules.isEmpty()) {
      modules = owners(reactorModules, files);
      arguments.add("-pl");
      arguments.add(String.join(",", modules));
    }
    arguments.addAll(goals);
    boolean filter = false;
    if (spotless && !wholeTree) {
      String property = "-D" + SPOTLESS_FILES + "=" + spotlessFilter(projectDir, files);
      int size = arguments.stream().mapToInt(a -> a.length() + 1).sum();
      if (size + property.getBytes(StandardCharsets.UTF_8).length < limit) {
        arguments.add(property);
        filter = true;
      }
    }
    return new MavenBatch(List.copyOf(selected.keySet()), arguments, modules, filter);
  }

  /**
   * The modules that own the files: for each file, the deepest module directory containing it.
   *
   * @return project-relative directories in {@code -pl} form ({@code .} for the project), sorted
   */
  public static List<String> owners(Collection<String> reactorModules, Collection<String> files) {
    Set<String> owners = new TreeSet<>();
    for (String file : files) {
      String best = null;
      for (String module : reactorModules) {
        if ((module.isEmpty() || file.startsWith(module + "/"))
            && (best == null || module.length() > best.length())) {
          best = module;
        }
      }
      owners.add(best == null || best.isEmpty() ? "." : best);
    }
    return List.copyOf(owners);
  }

  /** The spotless file filter: one regular expression per file, its absolute path literally. */
  static String spotlessFilter(String projectDir, Collection<String> files) {
    List<String> patterns = new ArrayList<>();
    String base = projectDir.endsWith("/") ? projectDir : projectDir + "/";
    for (String file : files) {
      patterns.add(literal(base + file));
    }
    return String.join(",", patterns);
  }

  /** A regular expression matching exactly {@code text}; commas are written {@code \x2C}. */
  static String literal(String text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',') {
        b.append("\\x2C");
      } else if (Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '-' || c > 0x7f) {
        b.append(c);
      } else {
        b.append('\\').append(c);
      }
    }
    return b.toString();
  }

  /** The goals of the batch, as the user would type them. */
  public List<String> goals() {
    Set<String> goals = new LinkedHashSet<>();
    tasks.forEach(t -> goals.addAll(t.goals()));
    return List.copyOf(goals);
  }
}
