package dev.tollgate.core.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
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
  Git git;

  void setUpRepo() throws Exception {
    repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("m"));
    Files.writeString(repo.resolve("pom.xml"), ROOT);
    Files.writeString(repo.resolve("m/pom.xml"), MODULE);
    Files.writeString(repo.resolve("README.md"), README);
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    StoredConfig config = git.getRepository().getConfig();
    config.setString("user", null, "name", "Tollgate Test");
    config.setString("user", null, "email", "test@tollgate.invalid");
    config.setBoolean("commit", null, "gpgsign", false);
    config.save();
    git.add().addFilepattern(".").call();
    git.commit().setMessage("feat: initial").call();
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
        List.of());
  }

  // ---- helpers

  String show(RevCommit commit, String path) throws IOException {
    try (var walk =
        org.eclipse.jgit.treewalk.TreeWalk.forPath(git.getRepository(), path, commit.getTree())) {
      return new String(
          git.getRepository().open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
    }
  }

  record Snapshot(
      Map<String, String> files,
      String head,
      List<String> index,
      List<String> tags,
      boolean record) {}

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
    List<String> index = new ArrayList<>();
    DirCache cache = DirCache.read(git.getRepository());
    for (int i = 0; i < cache.getEntryCount(); i++) {
      index.add(cache.getEntry(i).getPathString() + " " + cache.getEntry(i).getObjectId().name());
    }
    ObjectId head = git.getRepository().resolve(Constants.HEAD);
    List<String> tags =
        git.getRepository().getRefDatabase().getRefsByPrefix(Constants.R_TAGS).stream()
            .map(Ref::getName)
            .toList();
    boolean record = Files.exists(ReleaseRecord.file(git.getRepository().getDirectory().toPath()));
    return new Snapshot(
        files, head.name() + " " + git.getRepository().getFullBranch(), index, tags, record);
  }
}
