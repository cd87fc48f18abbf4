package dev.tollgate.core.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExternalSnapshotsTest {

  private static ReleaseProject project(ReleaseProject.Reference... references) {
    return new ReleaseProject(
        Path.of("."),
        "app",
        "1.0.0-SNAPSHOT",
        List.of(),
        Set.of("com.acme:app", "com.acme:core"),
        List.of(references));
  }

  /**
   * The external snapshots among {@code coordinates} (group:artifact:version, each a dependency of
   * com.acme:app).
   */
  private static List<String> snapshots(List<String> allowList, String... coordinates) {
    ReleaseProject.Reference[] references =
        Arrays.stream(coordinates)
            .map(c -> c.split(":"))
            .map(c -> new ReleaseProject.Reference(c[0], c[1], c[2], "dependency of com.acme:app"))
            .toArray(ReleaseProject.Reference[]::new);
    return ExternalSnapshots.find(project(references), allowList);
  }

  @Test
  void findsPlainAndTimestampedSnapshotsFromOutsideTheReactor() {
    assertThat(
            snapshots(
                List.of(),
                "org.example:lib:0.3.0-SNAPSHOT",
                "org.example:deployed:1.0-20250101.120000-3",
                "org.example:released:2.0.0",
                "com.acme:core:1.0.0-SNAPSHOT"))
        .containsExactly(
            "org.example:lib:0.3.0-SNAPSHOT (dependency of com.acme:app)",
            "org.example:deployed:1.0-20250101.120000-3 (dependency of com.acme:app)");
  }

  @Test
  void allowListEntriesAreCoordinateGlobs() {
    String[] coordinates = {
      "org.example:lib-a:0.3.0-SNAPSHOT",
      "org.example:tool:1.0-SNAPSHOT",
      "org.other:x:1.0-SNAPSHOT",
      "dev.tollgate:release-maven-plugin:0.1.0-SNAPSHOT"
    };
    assertThat(snapshots(List.of("org.example:lib-*", "dev.tollgate:*"), coordinates))
        .containsExactly(
            "org.example:tool:1.0-SNAPSHOT (dependency of com.acme:app)",
            "org.other:x:1.0-SNAPSHOT (dependency of com.acme:app)");
    assertThat(snapshots(List.of("org.*:*", "dev.tollgate:*"), coordinates)).isEmpty();
  }
}
