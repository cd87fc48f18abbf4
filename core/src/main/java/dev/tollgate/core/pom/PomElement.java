package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import java.util.List;
import java.util.Objects;

/**
 * A plugin, extension or dependency as written in one POM, before inheritance.
 *
 * @param groupId the group id as written, or {@code null} when omitted (a plugin then belongs to
 *     {@code org.apache.maven.plugins})
 * @param artifactId the artifact id
 * @param version the version as written, or {@code null} when there is none
 * @param managementKey Maven's {@code groupId:artifactId:type[:classifier]} for a dependency, else
 *     {@code null}
 * @param where the {@code <version>} element, or the element that names the artifact
 * @param dependencies a plugin's own {@code <dependencies>}
 */
public record PomElement(
    String groupId,
    String artifactId,
    String version,
    String managementKey,
    Location where,
    List<PomElement> dependencies) {

  public PomElement {
    Objects.requireNonNull(where, "where");
    artifactId = artifactId == null ? "" : artifactId;
    dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
  }
}
