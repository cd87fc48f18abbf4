package dev.tollgate.core.pom;

import dev.tollgate.core.report.Location;
import java.util.Objects;

/**
 * Where a pin for a module belongs: the {@code <pluginManagement>} (or {@code <build>}, or {@code
 * <project>}) of the outermost POM of the module's lineage inside the build.
 *
 * @param at that element
 * @param pom the POM's path relative to the project root
 * @param outsideParent {@code groupId:artifactId:version} of that POM's parent when it is outside
 *     the build (a released parent), else {@code null}
 */
public record PinHome(Location at, String pom, String outsideParent) {
  public PinHome {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(pom, "pom");
  }
}
