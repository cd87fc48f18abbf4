package dev.tollgate.core.hooks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the installed hooks need to run without Maven, resolved once at install time.
 *
 * @param version the Tollgate version that installed the hooks
 * @param javaExecutable the {@code java} that ran the install (used when still present)
 * @param classpath the jars of Tollgate core and its dependencies, for {@code java -cp}
 * @param projectDir the Maven project that installed the hooks, named in the repair command when a
 *     jar of the classpath is gone
 * @param settings the effective settings from the pom (protected branches, commit rules, …), keyed
 *     by their {@code tollgate.*} property names
 */
public record HookRuntime(
    String version,
    Path javaExecutable,
    List<Path> classpath,
    Path projectDir,
    Map<String, String> settings) {

  public HookRuntime {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(javaExecutable, "javaExecutable");
    Objects.requireNonNull(projectDir, "projectDir");
    classpath = List.copyOf(classpath);
    settings = Map.copyOf(settings);
  }
}
