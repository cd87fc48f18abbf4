package dev.tollgate.quality.hooks;

import dev.tollgate.core.git.GitLayout;
import dev.tollgate.core.hooks.HookInstaller;
import dev.tollgate.core.hooks.HookMain;
import dev.tollgate.core.hooks.HookRuntime;
import dev.tollgate.core.launch.MavenLaunch;
import dev.tollgate.core.tasks.TaskSettings;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Installs the hooks for a Maven project: finds the repository, resolves the classpath the fast
 * hooks run with (the jars this plugin was loaded from), and hands both to core.
 */
public final class HooksSetup {

  private HooksSetup() {}

  /** Classes whose jars the hooks need even when a class realm does not list them. */
  private static final List<String> ANCHORS =
      List.of(
          HookMain.class.getName(),
          "com.google.re2j.Pattern",
          "org.eclipse.jgit.lib.Repository",
          "org.slf4j.LoggerFactory");

  /**
   * What happened.
   *
   * @param layout the repository, or empty when there is none
   * @param result what was installed; empty when nothing was done
   * @param reason why nothing was done, when so
   */
  public record Outcome(
      Optional<GitLayout> layout, Optional<HookInstaller.Result> result, String reason) {}

  /**
   * Finds the repository containing {@code basedir}.
   *
   * @return the layout, or empty when {@code basedir} is not in a git work tree (no git, or bare)
   */
  public static Optional<GitLayout> repository(Path basedir) throws IOException {
    return GitLayout.discover(basedir, System.getenv()).filter(l -> !l.isBare());
  }

  /**
   * Installs or updates the hooks.
   *
   * @param basedir the top-level project's directory
   * @param version this plugin's version
   * @param settings the effective settings for the hooks
   * @param hooks which hooks
   * @param loader the class loader this plugin was loaded by
   */
  public static Outcome install(
      Path basedir,
      String version,
      Map<String, String> settings,
      List<String> hooks,
      ClassLoader loader)
      throws IOException {
    Optional<GitLayout> found = GitLayout.discover(basedir, System.getenv());
    if (found.isEmpty()) {
      return new Outcome(found, Optional.empty(), basedir + " is not in a git repository");
    }
    if (found.get().isBare()) {
      return new Outcome(
          found,
          Optional.empty(),
          found.get().gitDir() + " is a bare repository (no commits are made there)");
    }
    HookRuntime runtime =
        new HookRuntime(
            version,
            Path.of(System.getProperty("java.home"), "bin", "java"),
            classpath(loader),
            basedir,
            settings);
    return new Outcome(found, Optional.of(HookInstaller.install(found.get(), runtime, hooks)), "");
  }

  /**
   * What the hooks need to run the project's tasks without Maven's help, recorded beside the
   * settings: the project's directory relative to the work tree, the reactor's module directories
   * (for {@code -pl}) and the Maven executable of this build, which the hooks start when the
   * project has no wrapper ({@link MavenLaunch.Choice#WRAPPER_FIRST}).
   *
   * @param basedir the top-level project's directory
   * @param modules the directories of the reactor's projects
   */
  public static Map<String, String> taskSettings(Path basedir, List<Path> modules)
      throws IOException {
    Map<String, String> out = new java.util.TreeMap<>();
    Path top = basedir.toAbsolutePath().normalize();
    Optional<Path> workTree = repository(basedir).flatMap(GitLayout::workTree);
    if (workTree.isPresent()) {
      Path root = workTree.get().toRealPath();
      Path project = top.toRealPath();
      if (project.startsWith(root) && !project.equals(root)) {
        out.put(TaskSettings.PROJECT, root.relativize(project).toString().replace('\\', '/'));
      }
    }
    List<String> dirs = new ArrayList<>();
    for (Path module : modules) {
      Path dir = module.toAbsolutePath().normalize();
      if (dir.startsWith(top)) {
        String rel = top.relativize(dir).toString().replace('\\', '/');
        dirs.add(rel.isEmpty() ? "." : rel);
      }
    }
    out.put(TaskSettings.MODULES, String.join("\n", dirs));
    MavenLaunch.executableIn(
            Optional.ofNullable(System.getProperty("maven.home")),
            MavenLaunch.Os.of(System.getProperty("os.name")))
        .filter(Files::isExecutable)
        .ifPresent(mvn -> out.put(TaskSettings.MAVEN, mvn.toString()));
    return out;
  }

  /** Removes the hooks. */
  public static Outcome uninstall(Path basedir) throws IOException {
    Optional<GitLayout> found = GitLayout.discover(basedir, System.getenv());
    if (found.isEmpty() || found.get().isBare()) {
      return new Outcome(found, Optional.empty(), basedir + " is not in a git work tree");
    }
    return new Outcome(found, Optional.of(HookInstaller.uninstall(found.get())), "");
  }

  /**
   * The jars the hooks run with: Tollgate core first, then the other jars of the plugin's class
   * realm except Maven's, this plugin's own and the shared Maven adapter's (the hooks run core
   * alone, without Maven), then any anchor class's jar the realm lacks.
   */
  static List<Path> classpath(ClassLoader loader) {
    Set<Path> first = new LinkedHashSet<>();
    Set<Path> rest = new LinkedHashSet<>();
    for (String anchor : ANCHORS) {
      codeSource(loader, anchor).ifPresent(first::add);
    }
    if (loader instanceof URLClassLoader urls) {
      for (URL url : urls.getURLs()) {
        if (!"file".equals(url.getProtocol())) {
          continue;
        }
        Path p;
        try {
          p = Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
          continue;
        }
        String name = p.getFileName().toString();
        if (name.startsWith("maven-")
            || name.startsWith("plexus-")
            || name.startsWith("quality-maven-plugin")
            || name.startsWith("tollgate-maven-support")) {
          continue;
        }
        rest.add(p);
      }
    }
    List<Path> all = new ArrayList<>(first);
    rest.stream().filter(p -> !first.contains(p)).forEach(all::add);
    return all;
  }

  private static Optional<Path> codeSource(ClassLoader loader, String className) {
    try {
      Class<?> c = Class.forName(className, false, loader);
      CodeSource source = c.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return Optional.empty();
      }
      return Optional.of(new File(source.getLocation().toURI()).toPath());
    } catch (ClassNotFoundException
        | URISyntaxException
        | IllegalArgumentException
        | SecurityException e) {
      return Optional.empty();
    }
  }
}
