package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One POM file of the build (a reactor module, or a parent inside the project directory): what it
 * declares as written, and what Maven made of it. Plain values, translated from Maven's model by
 * the plugin; every decision about them is taken in core.
 *
 * @param file the POM's absolute, normalized path
 * @param path the POM's path relative to the project root, with {@code /} separators
 * @param groupId the effective group id
 * @param artifactId the artifact id
 * @param version the effective version
 * @param parent the parent, or {@code null} when there is none
 * @param reactor whether the module is built by this run (its lifecycle is then checked), not only
 *     read as a parent
 * @param activeProfiles the ids of this POM's profiles that are active in this run
 * @param sections the project's own elements first, then one section per profile
 * @param properties the {@code <properties>} as written, each at its element
 * @param effective the effective model
 * @param pinAt this POM's {@code <pluginManagement>} (or {@code <build>}, or {@code <project>}):
 *     where pins written in this POM belong
 */
public record ModuleModel(
    Path file,
    String path,
    String groupId,
    String artifactId,
    String version,
    Parent parent,
    boolean reactor,
    Set<String> activeProfiles,
    List<PomSection> sections,
    List<PropertyDefinition> properties,
    EffectiveModel effective,
    Location pinAt) {

  /**
   * A module's parent.
   *
   * @param groupId its group id
   * @param artifactId its artifact id
   * @param version its version
   * @param file its POM when Maven read it from the file system, else {@code null}
   */
  public record Parent(String groupId, String artifactId, String version, Path file) {}

  public ModuleModel {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(effective, "effective");
    pinAt = pinAt == null ? Location.file(path) : pinAt;
    activeProfiles = Set.copyOf(activeProfiles);
    sections = List.copyOf(sections);
    properties = List.copyOf(properties);
  }

  /** {@code groupId:artifactId:version}, as Maven names the model. */
  public String id() {
    return groupId + ":" + artifactId + ":" + version;
  }

  /** The module's directory relative to the root, {@code .} for the root. */
  public String module() {
    return path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : ".";
  }
}
