package dev.tollgate.core.release;

import dev.tollgate.core.testing.TestRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** A two-module reactor in a real git repository, and snapshots of everything a release touches. */
abstract class ReleaseFixture {

  @TempDir Path tmp;

  static final String ROOT =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
          + "<project>\r\n"
          + "\t<groupId>g</groupId>\r\n"
          + "\t<artifactId>root</artifactId>\r\n"
          + "\t<version>1.2.0-SNAPSHOT</version> <!-- <version>x</version> -->\r\n"
          + "\t<packaging>pom</packaging>\r\n"
          + "\t<modules><module>m</module></modules>\r\n"
          + "</project>\r\n";
  static final String MODULE =
      "<project>\n  <parent>\n    <groupId>g</groupId>\n    <artifactId>root</artifactId>\n"
          + "    <version>1.2.0-SNAPSHOT</version>\n  </parent>\n  <artifactId>m</artifactId>\n"
          + "</project>\n";
  static final String README = "Use version 1.2.0-SNAPSHOT:\n<version>1.1.0</version>\n";

  Path repo;
  TestRepository git;

  void setUpRepo() throws Exception {
    repo = tmp.resolve("repo");
    git = TestRepository.init(repo).configureIdentity();
    git.write("pom.xml", ROOT);
    git.write("m/pom.xml", MODULE);
    git.write("README.md", README);
    git.commitAll("feat: initial");
  }

  /** Adds a bare repository as {@code origin}, pushes main to it and tracks it. */
  TestRepository addRemote() {
    TestRepository remote = TestRepository.initBare(tmp.resolve("remote.git"));
    git.git("remote", "add", "origin", remote.dir().toUri().toString());
    git.git("push", "-q", "origin", "main");
    git.git("branch", "-q", "--set-upstream-to=origin/main", "main");
    return remote;
  }

  /** Another clone of {@code remote} pushes a commit to main. */
  void pushFromAnotherClone(TestRepository remote) {
    TestRepository.git(tmp, "clone", "-q", remote.dir().toUri().toString(), "other");
    TestRepository other = TestRepository.at(tmp.resolve("other"));
    other.commit("fix: x");
    other.git("push", "-q");
  }

  PrepareRequest request(boolean dev) throws Exception {
    return request(dev, List.of(VersionFile.parse("README.md=<version>([^<]+)</version>")), false);
  }

  PrepareRequest request(boolean dev, List<VersionFile> versionFiles, boolean sign) {
    String version = "1.2.0";
    String devVersion = dev ? "1.2.1-SNAPSHOT" : null;
    return new PrepareRequest(
        repo,
        List.of(repo.resolve("pom.xml"), repo.resolve("m/pom.xml")),
        version,
        devVersion,
        "v1.2.0",
        PrepareRequest.expand("chore(release): v${version}", version, "v1.2.0", devVersion),
        PrepareRequest.expand("Release @{version}", version, "v1.2.0", devVersion),
        PrepareRequest.expand(
            "chore(release): start @{developmentVersion}", version, "v1.2.0", devVersion),
        sign,
        versionFiles,
        List.of(
            new FileChange(
                repo.resolve("CHANGELOG.md"),
                null,
                "## 1.2.0\n\n- feat: initial\n".getBytes(StandardCharsets.UTF_8))),
        false,
        false,
        List.of(),
        List.of(),
        null,
        List.of());
  }

  // ---- helpers

  record Snapshot(
      Map<String, String> files, String head, String index, String tags, boolean record) {}

  Snapshot snapshot() throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(repo)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = repo.relativize(p).toString().replace('\\', '/');
        if (!rel.startsWith(".git/")) {
          files.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
        }
      }
    }
    String head = git.git("rev-parse", "HEAD") + " " + branch().orElse("");
    boolean record = Files.exists(ReleaseRecord.file(repo.resolve(".git")));
    return new Snapshot(
        files,
        head,
        git.git("ls-files", "--stage"),
        git.git("for-each-ref", "--format=%(refname)", "refs/tags"),
        record);
  }

  private java.util.Optional<String> branch() {
    var r = TestRepository.run(repo, Map.of(), null, "symbolic-ref", "-q", "HEAD");
    return r.exit() == 0 ? java.util.Optional.of(r.output().strip()) : java.util.Optional.empty();
  }
}
