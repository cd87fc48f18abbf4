package dev.tollgate.core.release;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The project a release goal runs on, as plain values (the plugin translates Maven's model into
 * it).
 *
 * @param root the directory inside the git repository (the reactor root)
 * @param artifactId the root project's artifact id, or {@code null} without a POM
 * @param version the root project's version, or {@code null} without a POM
 * @param poms every POM of the reactor
 * @param modules every reactor module as {@code groupId:artifactId}
 * @param references every parent, dependency and plugin version the reactor refers to
 */
public record ReleaseProject(
    Path root,
    String artifactId,
    String version,
    List<Path> poms,
    Set<String> modules,
    List<Reference> references) {

  /**
   * One artifact version the reactor refers to.
   *
   * @param where what refers to it, e.g. {@code dependency of com.acme:app}
   */
  public record Reference(String groupId, String artifactId, String version, String where) {}

  public ReleaseProject {
    Objects.requireNonNull(root, "root");
    poms = List.copyOf(poms);
    modules = Set.copyOf(modules);
    references = List.copyOf(references);
  }

  /** A directory without a POM: only git is read. */
  public static ReleaseProject withoutPom(Path root) {
    return new ReleaseProject(root, null, null, List.of(), Set.of(), List.of());
  }
}
