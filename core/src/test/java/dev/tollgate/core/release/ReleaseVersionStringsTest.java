package dev.tollgate.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.git.GitRepository;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every version string a release owns, both directions: versionFiles compose per file, markers and
 * versions.txt, outputTimestamp and scm tag, modules off the version line, development versions.
 */
class ReleaseVersionStringsTest extends ReleaseFixture {

  private static final String ROOT_STAMPED =
      "<project>\n  <groupId>g</groupId>\n  <artifactId>root</artifactId>\n"
          + "  <version>1.2.0-SNAPSHOT</version>\n  <packaging>pom</packaging>\n"
          + "  <properties>\n"
          + "    <project.build.outputTimestamp>2020-01-01T00:00:00Z</project.build.outputTimestamp>\n"
          + "  </properties>\n"
          + "  <scm>\n    <connection>scm:git:x</connection>\n    <tag>HEAD</tag>\n  </scm>\n"
          + "  <modules><module>m</module><module>samples</module></modules>\n"
          + "</project>\n";
  private static final String SAMPLES =
      "<project>\n  <parent>\n    <groupId>g</groupId>\n    <artifactId>root</artifactId>\n"
          + "    <version>1.2.0-SNAPSHOT</version>\n  </parent>\n"
          + "  <artifactId>samples</artifactId>\n  <version>0.0.1-SNAPSHOT</version>\n"
          + "  <dependencies><dependency><groupId>g</groupId><artifactId>m</artifactId>"
          + "<version>1.2.0-SNAPSHOT</version></dependency></dependencies>\n"
          + "</project>\n";
  private static final String README_MARKED =
      "<version>1.1.0</version><!-- {x-version-update:m:released} -->\n"
          + "<version>1.2.0-SNAPSHOT</version><!-- {x-version-update:m:current} -->\n"
          + "<version>0.0.1</version><!-- {x-version-update:samples:current} -->\n"
          + "demo:1.1.0 and image:1.1.0\n";

  void setUpStamped() throws Exception {
    setUpRepo();
    git.write("pom.xml", ROOT_STAMPED);
    git.write("samples/pom.xml", SAMPLES);
    git.write("README.md", README_MARKED);
    git.write("versions.txt", "m:1.1.0:1.2.0-SNAPSHOT\nsamples:0.0.1:0.0.1-SNAPSHOT\n");
    git.commitAll("chore: stamped reactor");
  }

  private PrepareRequest stamped(String devVersion, List<VersionFile> versionFiles) {
    PrepareRequest r = request(devVersion != null, versionFiles, false);
    return new PrepareRequest(
        r.root(),
        List.of(
            repo.resolve("pom.xml"), repo.resolve("m/pom.xml"), repo.resolve("samples/pom.xml")),
        r.version(),
        devVersion,
        r.tag(),
        r.commitMessage(),
        r.tagMessage(),
        PrepareRequest.expand(
            "chore(release): start @{developmentVersion}", "1.2.0", "v1.2.0", devVersion),
        false,
        versionFiles,
        r.otherChanges(),
        false,
        false,
        List.of(),
        List.of("README.md"),
        "versions.txt",
        List.of());
  }

  @Test
  void everyVersionStringFollowsTheReleaseAndTheDevelopmentVersion() throws Exception {
    setUpStamped();
    List<VersionFile> files =
        List.of(
            VersionFile.parse("README.md=demo:([0-9.]+)"),
            VersionFile.parse("README.md=image:([0-9.]+)"));
    List<String> log = new ArrayList<>();
    try (GitRepository rg = GitRepository.open(repo)) {
      ReleasePrepare.run(rg, stamped("1.2.1-SNAPSHOT", files), false, log::add, StepHook.NONE);
    }
    String release = git.git("rev-parse", "v1.2.0^{}");
    String readme = git.show(release, "README.md");
    // both versionFiles entries for one file survive, with the markers
    assertThat(readme)
        .isEqualTo(
            "<version>1.2.0</version><!-- {x-version-update:m:released} -->\n"
                + "<version>1.2.0</version><!-- {x-version-update:m:current} -->\n"
                + "<version>0.0.1</version><!-- {x-version-update:samples:current} -->\n"
                + "demo:1.2.0 and image:1.2.0\n");
    assertThat(git.show(release, "versions.txt"))
        .isEqualTo("m:1.2.0:1.2.0\nsamples:0.0.1:0.0.1-SNAPSHOT\n");
    // the samples module keeps its own version; its reference to m follows the reactor
    assertThat(git.show(release, "samples/pom.xml"))
        .isEqualTo(
            SAMPLES
                .replace(
                    "<version>1.2.0-SNAPSHOT</version>\n  </parent>",
                    "<version>1.2.0</version>\n  </parent>")
                .replace(
                    "<version>1.2.0-SNAPSHOT</version></dependency>",
                    "<version>1.2.0</version></dependency>"));
    assertThat(log).anyMatch(l -> l.contains("g:samples keeps its own version 0.0.1-SNAPSHOT"));
    // outputTimestamp is the release commit's time, scm tag the release tag
    long commitTime = Long.parseLong(git.git("log", "-1", "--format=%ct", release));
    String rootPom = git.show(release, "pom.xml");
    assertThat(rootPom)
        .contains(
            "<project.build.outputTimestamp>"
                + Instant.ofEpochSecond(commitTime)
                + "</project.build.outputTimestamp>")
        .contains("<tag>v1.2.0</tag>")
        .contains("<version>1.2.0</version>");
    // the development commit: current markers, current column, scm tag back to HEAD
    assertThat(Files.readString(repo.resolve("README.md")))
        .isEqualTo(
            "<version>1.2.0</version><!-- {x-version-update:m:released} -->\n"
                + "<version>1.2.1-SNAPSHOT</version><!-- {x-version-update:m:current} -->\n"
                + "<version>0.0.1</version><!-- {x-version-update:samples:current} -->\n"
                + "demo:1.2.0 and image:1.2.0\n");
    assertThat(Files.readString(repo.resolve("versions.txt")))
        .isEqualTo("m:1.2.0:1.2.1-SNAPSHOT\nsamples:0.0.1:0.0.1-SNAPSHOT\n");
    assertThat(Files.readString(repo.resolve("pom.xml")))
        .contains("<tag>HEAD</tag>")
        .contains("<version>1.2.1-SNAPSHOT</version>");
    assertThat(Files.readString(repo.resolve("samples/pom.xml")))
        .contains("<version>0.0.1-SNAPSHOT</version>");
    assertThat(git.git("status", "--porcelain")).isEmpty();
  }

  @Test
  void developmentVersionsThatAreNoSnapshotOrNotAboveAreRefusedBeforeAnyChange() throws Exception {
    setUpStamped();
    Snapshot before = snapshot();
    for (String dev :
        List.of("banana", "1.3.0", "1.1.0-SNAPSHOT", "1.2.0-SNAPSHOT", "x-SNAPSHOT")) {
      try (GitRepository rg = GitRepository.open(repo)) {
        assertThatThrownBy(
                () ->
                    ReleasePrepare.run(rg, stamped(dev, List.of()), false, l -> {}, StepHook.NONE))
            .as(dev)
            .isInstanceOf(ReleaseException.class)
            .hasMessageContaining("development version '" + dev + "'")
            .hasMessageContaining("tollgate.release.developmentVersion");
      }
      assertThat(snapshot()).isEqualTo(before);
    }
    try (GitRepository rg = GitRepository.open(repo)) {
      ReleasePrepare.run(rg, stamped("1.3-SNAPSHOT", List.of()), false, l -> {}, StepHook.NONE);
    }
  }

  @Test
  void aWriteFailingHalfWayUndoesOnlyTheFilesItWrote() throws Exception {
    setUpStamped();
    java.nio.file.Path samples = repo.resolve("samples/pom.xml");
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(samples, old);
    String rootBefore = Files.readString(repo.resolve("pom.xml"));
    java.nio.file.Path module = repo.resolve("m/pom.xml");
    String moduleBefore = Files.readString(module);
    try (GitRepository rg = GitRepository.open(repo)) {
      ReleasePlan plan = ReleasePrepare.plan(rg, stamped(null, List.of()));
      // after planning, m/pom.xml becomes a non-empty directory: replacing it fails (even as
      // root), after the root POM was written and before samples/pom.xml
      Files.delete(module);
      Files.createDirectories(module.resolve("blocker"));
      assertThatThrownBy(() -> plan.execute(l -> {}, StepHook.NONE))
          .isInstanceOf(ReleaseException.class)
          .hasMessageContaining("every earlier step was undone");
    }
    assertThat(Files.readString(repo.resolve("pom.xml"))).isEqualTo(rootBefore);
    assertThat(Files.getLastModifiedTime(samples)).isEqualTo(old);
    assertThat(Files.isDirectory(module)).isTrue();
    try (var stray = Files.list(repo.resolve("m"))) {
      assertThat(stray.map(p -> p.getFileName().toString())).containsExactly("pom.xml");
    }
    Files.delete(module.resolve("blocker"));
    Files.delete(module);
    Files.writeString(module, moduleBefore);
    assertThat(git.git("status", "--porcelain")).isEmpty();
  }
}
