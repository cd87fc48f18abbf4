package dev.tollgate.core.pom;

import java.util.List;

/**
 * A plugin or dependency of a module's effective model (after inheritance, management and Maven's
 * lifecycle bindings), with the sources its version and its declaration come from.
 *
 * @param groupId the group id
 * @param artifactId the artifact id
 * @param key {@code groupId:artifactId} for a plugin, Maven's management key for a dependency
 * @param version the version Maven uses, or {@code null}
 * @param versionSource where the {@code <version>} was read, or {@code null} when unknown
 * @param declaredBy where the element itself was read (for build plugins), or {@code null}
 * @param dependencies a plugin's effective dependencies
 */
public record EffectiveElement(
    String groupId,
    String artifactId,
    String key,
    String version,
    ModelSource versionSource,
    ModelSource declaredBy,
    List<EffectiveElement> dependencies) {

  public EffectiveElement {
    dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
  }
}
