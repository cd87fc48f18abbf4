package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import java.util.List;
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
 * @param where the {@code <version>} element, or the element that names the artifact; for a plugin
 *     only Maven's model brings (lifecycle, an outside parent), where its pin belongs
 * @param profile the profile id when declared inside a profile, else {@code null}
 * @param module the module that uses it (its directory relative to the root, {@code .} for the
 *     root), or {@code null} when not module-specific
 * @param properties the properties visible to the version text (name to definition)
 * @param origin the POM outside the build that supplies the version ({@code g:a:v}, with its file
 *     and line when known), or {@code null}
 * @param pinHome where a pin for this declaration belongs, or {@code null} when unknown
 * @param usedBy the modules that run it, for a plugin only Maven's model brings; else empty
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
    Map<String, PropertyDefinition> properties,
    String origin,
    PinHome pinHome,
    List<String> usedBy) {

  public Declaration {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(artifactId, "artifactId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(where, "where");
    properties = properties == null ? Map.of() : properties;
    usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
  }

  /** A declaration as written, without an outside origin. */
  public Declaration(
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
    this(
        kind,
        groupId,
        artifactId,
        versionText,
        source,
        effectiveVersion,
        where,
        profile,
        module,
        properties,
        null,
        null,
        List.of());
  }

  /** {@code groupId:artifactId}. */
  public String key() {
    return groupId + ":" + artifactId;
  }
}
