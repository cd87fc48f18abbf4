package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import java.util.Map;
import java.util.Objects;

/**
 * One versioned thing a build uses, as gathered from its POMs or {@code .mvn/extensions.xml}.
 *
 * @param kind what it is
 * @param groupId its group id
 * @param artifactId its artifact id
 * @param versionText the version as written, or {@code null} when the declaration has none
 * @param source where the version comes from
 * @param effectiveVersion the version Maven uses, when known (for suggestions and policy checks)
 * @param where the {@code <version>} element, or the element that names the artifact
 * @param profile the profile id when declared inside a profile, else {@code null}
 * @param module the module that uses it (its directory relative to the root, {@code .} for the
 *     root), or {@code null} when not module-specific
 * @param properties the properties visible to the version text (name to definition)
 */
public record Declaration(
    DeclarationKind kind,
    String groupId,
    String artifactId,
    String versionText,
    VersionSource source,
    String effectiveVersion,
    Location where,
    String profile,
    String module,
    Map<String, PropertyDefinition> properties) {

  public Declaration {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(where, "where");
    properties = properties == null ? Map.of() : properties;
  }

  /** {@code groupId:artifactId}. */
  public String key() {
    return groupId + ":" + artifactId;
  }
}
