package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every POM file of one build, with what the run knows about the build as a whole.
 *
 * @param root the project root (where {@code .mvn/} lives)
 * @param modules the reactor modules in reactor order, then the parents inside the project
 *     directory that the reactor does not build; each file once
 * @param systemProperties Maven's system properties (the lowest precedence)
 * @param userProperties the {@code -D} properties (the highest precedence)
 * @param reactorArtifacts {@code groupId:artifactId} of everything the build produces
 * @param pinAt where missing pins belong: the root POM's pluginManagement (or build, or project)
 */
public record ReactorModel(
    Path root,
    List<ModuleModel> modules,
    Map<String, String> systemProperties,
    Map<String, String> userProperties,
    Set<String> reactorArtifacts,
    Location pinAt) {

  public ReactorModel {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(pinAt, "pinAt");
    reactorArtifacts = Set.copyOf(reactorArtifacts);
    modules = List.copyOf(modules);
    systemProperties = Map.copyOf(systemProperties);
    userProperties = Map.copyOf(userProperties);
  }
}
