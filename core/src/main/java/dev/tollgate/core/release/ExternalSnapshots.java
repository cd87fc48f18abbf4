package dev.tollgate.core.release;

import dev.tollgate.core.pattern.GlobPattern;
import dev.tollgate.core.pom.VersionPin;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SNAPSHOT versions the reactor refers to but does not build, which a release must not keep. A
 * snapshot is what {@link VersionPin} calls one ({@code -SNAPSHOT} and deployed, timestamped
 * snapshots such as {@code 1.0-20250101.120000-3}); the allow-list holds {@code groupId:artifactId}
 * globs ({@link GlobPattern#of}, e.g. {@code com.acme:*}).
 */
public final class ExternalSnapshots {

  private ExternalSnapshots() {}

  /** Every external snapshot not allowed, as {@code g:a:v (where)}, in reference order. */
  public static List<String> find(ReleaseProject project, List<String> allowed) {
    List<GlobPattern> globs = allowed.stream().map(GlobPattern::of).toList();
    Set<String> found = new LinkedHashSet<>();
    for (ReleaseProject.Reference r : project.references()) {
      VersionPin pin = VersionPin.classify(r.version());
      String coordinates = r.groupId() + ":" + r.artifactId();
      if ((pin == VersionPin.SNAPSHOT || pin == VersionPin.TIMESTAMPED_SNAPSHOT)
          && !project.modules().contains(coordinates)
          && !GlobPattern.anyMatches(globs, coordinates)) {
        found.add(coordinates + ":" + r.version() + " (" + r.where() + ")");
      }
    }
    return List.copyOf(found);
  }
}
