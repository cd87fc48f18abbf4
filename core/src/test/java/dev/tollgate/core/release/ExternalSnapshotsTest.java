package dev.tollgate.core.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

  private static ReleaseProject.Reference dep(String g, String a, String v) {
    return new ReleaseProject.Reference(g, a, v, "dependency of com.acme:app");
  }

  @Test
  void findsPlainAndTimestampedSnapshotsFromOutsideTheReactor() {
    ReleaseProject project =
        project(
            dep("org.example", "lib", "0.3.0-SNAPSHOT"),
            dep("org.example", "deployed", "1.0-20250101.120000-3"),
            dep("org.example", "released", "2.0.0"),
            dep("com.acme", "core", "1.0.0-SNAPSHOT"));
    assertThat(ExternalSnapshots.find(project, List.of()))
        .containsExactly(
            "org.example:lib:0.3.0-SNAPSHOT (dependency of com.acme:app)",
            "org.example:deployed:1.0-20250101.120000-3 (dependency of com.acme:app)");
  }

  @Test
  void allowListEntriesAreCoordinateGlobs() {
    ReleaseProject project =
        project(
            dep("org.example", "lib-a", "0.3.0-SNAPSHOT"),
            dep("org.example", "tool", "1.0-SNAPSHOT"),
            dep("org.other", "x", "1.0-SNAPSHOT"),
            dep("dev.tollgate", "release-maven-plugin", "0.1.0-SNAPSHOT"));
    assertThat(ExternalSnapshots.find(project, List.of("org.example:lib-*", "dev.tollgate:*")))
        .containsExactly(
            "org.example:tool:1.0-SNAPSHOT (dependency of com.acme:app)",
            "org.other:x:1.0-SNAPSHOT (dependency of com.acme:app)");
    assertThat(ExternalSnapshots.find(project, List.of("org.*:*", "dev.tollgate:*"))).isEmpty();
  }
}
