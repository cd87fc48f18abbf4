package dev.tollgate.core.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which Maven Tollgate starts and what it passes on from the running build, decided here for every
 * Maven Tollgate starts: the release build of {@code release:prepare} ({@link Choice#RUNNING}), the
 * Maven start of {@code quality:tasks} ({@link Choice#RUNNING_ELSE_PATH}) and that of the hooks'
 * tasks ({@link Choice#WRAPPER_FIRST}). Pure: the callers gather the plain values (the mojos from
 * Maven's session and {@code maven.home}, the hooks from what installation recorded) and say
 * through a predicate which files are runnable.
 *
 * <p>Passed on: offline mode ({@code -o}), the user and global settings files ({@code -s}, {@code
 * -gs}, the latter unless it is the installation's own) and the local repository ({@code
 * -Dmaven.repo.local}), so the child resolves as the running build did. Not passed on, because the
 * child reads them itself: {@code MAVEN_ARGS} and {@code MAVEN_OPTS} (it inherits the environment),
 * {@code .mvn/maven.config} and {@code .mvn/jvm.config} (it runs in the project). Not passed on by
 * choice: {@code -q}, {@code -X}, profiles and {@code -D} properties; each caller's arguments say
 * what its child runs.
 *
 * @param runningMaven the Maven executable of the running build ({@link #executableIn}), or for the
 *     hooks the one recorded when they were installed; empty when unknown
 * @param os the operating system, which names the scripts ({@code mvn} or {@code mvn.cmd})
 * @param offline whether the running build is offline
 * @param userSettings the running build's user settings file, when it exists
 * @param globalSettings the running build's global settings file, when it exists
 * @param localRepository the running build's local repository
 */
public record MavenLaunch(
    Optional<Path> runningMaven,
    Os os,
    boolean offline,
    Optional<Path> userSettings,
    Optional<Path> globalSettings,
    Optional<Path> localRepository) {

  /** The operating system, as far as starting Maven cares. */
  public enum Os {
    /** Linux, macOS, …: the {@code mvn} and {@code mvnw} shell scripts. */
    POSIX,
    /** Windows: {@code mvn.cmd} and {@code mvnw.cmd}. */
    WINDOWS;

    /** The system named by {@code os.name}. */
    public static Os of(String osName) {
      return osName != null && osName.toLowerCase(Locale.ROOT).contains("win") ? WINDOWS : POSIX;
    }

    /** The script {@code name} as this system runs it. */
    String script(String name) {
      return this == WINDOWS ? name + ".cmd" : name;
    }
  }

  /** Which Maven to start. */
  public enum Choice {
    /**
     * Only the running Maven; none when it is unknown. The release build: the same Maven, nothing
     * downloaded (a wrapper could need a download).
     */
    RUNNING,
    /** The running Maven, else {@code mvn} from the {@code PATH}: {@code quality:tasks}. */
    RUNNING_ELSE_PATH,
    /**
     * The project's Maven wrapper, else the running (recorded) Maven, else {@code mvn} from the
     * {@code PATH}: the hooks, which run outside Maven and so build as the project's developers do.
     */
    WRAPPER_FIRST
  }

  public MavenLaunch {
    Objects.requireNonNull(runningMaven, "runningMaven");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(userSettings, "userSettings");
    Objects.requireNonNull(globalSettings, "globalSettings");
    Objects.requireNonNull(localRepository, "localRepository");
  }

  /**
   * A Maven that gets nothing passed on: the hooks' (they run outside any build), or a build whose
   * session is unknown.
   *
   * @param maven the Maven executable (for the hooks: the one recorded at installation), if any
   */
  public static MavenLaunch executableOnly(Optional<Path> maven, Os os) {
    return new MavenLaunch(maven, os, false, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The executable of the Maven installed at {@code mavenHome} (the {@code maven.home} system
   * property): {@code <mavenHome>/bin/mvn}, {@code mvn.cmd} on Windows; empty when the home is
   * unset or blank.
   */
  public static Optional<Path> executableIn(Optional<String> mavenHome, Os os) {
    return mavenHome
        .filter(home -> !home.isBlank())
        .map(home -> Path.of(home, "bin", os.script("mvn")));
  }

  /** The running Maven, when it is known and runnable. */
  public Optional<Path> runnableMaven(Predicate<Path> runnable) {
    return runningMaven.filter(runnable);
  }

  /**
   * The options that make a child build resolve as the running one: {@code -o}, {@code -s FILE},
   * {@code -gs FILE}, {@code -Dmaven.repo.local=DIR}, each when the running build has it; {@code
   * -gs} not when it names the running Maven's own {@code conf/settings.xml}, which every start of
   * that installation reads anyway.
   */
  public List<String> inheritedOptions() {
    return inheritedOptions(true);
  }

  /**
   * As {@link #inheritedOptions()}; the installation's own global settings are left out only when
   * the child is the running Maven.
   */
  private List<String> inheritedOptions(boolean childIsRunningMaven) {
    List<String> options = new ArrayList<>();
    if (offline) {
      options.add("-o");
    }
    userSettings.ifPresent(
        file -> {
          options.add("-s");
          options.add(file.toAbsolutePath().toString());
        });
    globalSettings
        .filter(
            file ->
                !childIsRunningMaven
                    || !file.toAbsolutePath().normalize().equals(defaultGlobalSettings()))
        .ifPresent(
            file -> {
              options.add("-gs");
              options.add(file.toAbsolutePath().toString());
            });
    localRepository.ifPresent(dir -> options.add("-Dmaven.repo.local=" + dir.toAbsolutePath()));
    return options;
  }

  /** {@code <maven.home>/conf/settings.xml} of the running Maven, when it is known. */
  private Path defaultGlobalSettings() {
    Path bin = runningMaven.map(p -> p.toAbsolutePath().normalize().getParent()).orElse(null);
    return bin == null || bin.getParent() == null
        ? null
        : bin.getParent().resolve("conf").resolve("settings.xml");
  }

  /**
   * The command line that starts Maven: the executable {@code choice} picks, the inherited options,
   * then {@code arguments}.
   *
   * @param projectDir the Maven project's directory (where a wrapper would be)
   * @param arguments the caller's own options and goals
   * @param runnable whether a file exists and can be run (normally {@code Files::isExecutable})
   * @return empty only for {@link Choice#RUNNING} when the running Maven is unknown or not runnable
   */
  public Optional<List<String>> command(
      Choice choice, Path projectDir, List<String> arguments, Predicate<Path> runnable) {
    Optional<String> executable = executable(choice, projectDir, runnable);
    if (executable.isEmpty()) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(executable.get());
    command.addAll(
        inheritedOptions(executable.equals(runnableMaven(runnable).map(Path::toString))));
    command.addAll(arguments);
    return Optional.of(List.copyOf(command));
  }

  private Optional<String> executable(Choice choice, Path projectDir, Predicate<Path> runnable) {
    if (choice == Choice.WRAPPER_FIRST) {
      Path wrapper = projectDir.resolve(os.script("mvnw"));
      if (runnable.test(wrapper)) {
        return Optional.of(wrapper.toAbsolutePath().toString());
      }
    }
    Optional<String> running = runnableMaven(runnable).map(Path::toString);
    if (running.isPresent() || choice == Choice.RUNNING) {
      return running;
    }
    return Optional.of(os.script("mvn"));
  }
}
