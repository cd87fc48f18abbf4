package dev.tollgate.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.git.GitRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real repositories in temporary directories; failures are injected through the plan's hook. */
class ReleasePrepareTest extends ReleaseFixture {

  @Test
  void preparesCommitsTagsAndSetsTheDevelopmentVersion() throws Exception {
    setUpRepo();
    List<String> log = new ArrayList<>();
    try (GitRepository rg = GitRepository.open(repo)) {
      ReleasePrepare.run(rg, request(true), false, log::add, StepHook.NONE);
    }
    assertThat(Files.readString(repo.resolve("pom.xml")))
        .isEqualTo(ROOT.replace("1.2.0-SNAPSHOT", "1.2.1-SNAPSHOT"));
    assertThat(Files.readString(repo.resolve("m/pom.xml")))
        .isEqualTo(MODULE.replace("1.2.0-SNAPSHOT", "1.2.1-SNAPSHOT"));
    assertThat(git.git("log", "-1", "--format=%B", "HEAD"))
        .isEqualTo("chore(release): start 1.2.1-SNAPSHOT");
    String release = git.git("rev-parse", "HEAD~1");
    assertThat(git.git("log", "-1", "--format=%B", release)).isEqualTo("chore(release): v1.2.0");
    assertThat(git.git("cat-file", "-t", "v1.2.0")).isEqualTo("tag");
    assertThat(git.git("for-each-ref", "--format=%(contents)", "refs/tags/v1.2.0"))
        .isEqualTo("Release 1.2.0");
    assertThat(git.git("rev-parse", "v1.2.0^{}")).isEqualTo(release);
    assertThat(git.show(release, "pom.xml")).isEqualTo(ROOT.replace("1.2.0-SNAPSHOT", "1.2.0"));
    assertThat(git.show(release, "README.md")).isEqualTo(README.replace("1.1.0", "1.2.0"));
    assertThat(git.show(release, "CHANGELOG.md")).startsWith("## 1.2.0");
    assertThat(git.git("status", "--porcelain")).isEmpty();
    assertThat(log).anyMatch(l -> l.contains("Released 1.2.0 as tag v1.2.0"));
    assertThat(ReleaseRecord.read(repo.resolve(".git"))).isPresent();
  }

  @Test
  void everyFailingStepLeavesNoTrace() throws Exception {
    setUpRepo();
    Snapshot before = snapshot();
    int steps;
    try (GitRepository rg = GitRepository.open(repo)) {
      steps = ReleasePrepare.plan(rg, request(true)).steps().size();
    }
    assertThat(steps).isEqualTo(8);
    for (int failAt = 0; failAt < steps; failAt++) {
      int at = failAt;
      try (GitRepository rg = GitRepository.open(repo)) {
        assertThatThrownBy(
                () ->
                    ReleasePrepare.run(
                        rg,
                        request(true),
                        false,
                        l -> {},
                        (i, step) -> {
                          if (i == at) {
                            throw new IOException("injected failure");
                          }
                        }))
            .isInstanceOf(ReleaseException.class)
            .hasMessageContaining("injected failure")
            .hasMessageContaining("every earlier step was undone");
      }
      assertThat(snapshot()).as("after a failure in step %d", at + 1).isEqualTo(before);
    }
  }

  @Test
  void dryRunPrintsPlanDiffsAndTagButChangesNothing() throws Exception {
    setUpRepo();
    Snapshot before = snapshot();
    List<String> out = new ArrayList<>();
    try (GitRepository rg = GitRepository.open(repo)) {
      ReleasePrepare.run(rg, request(true), true, out::add, StepHook.NONE);
    }
    String text = String.join("\n", out);
    assertThat(text)
        .contains("Release plan (dry run, nothing is changed)")
        .contains("--- a/pom.xml")
        .contains("-\t<version>1.2.0-SNAPSHOT</version>")
        .contains("+\t<version>1.2.0</version>")
        .contains("+++ b/CHANGELOG.md")
        .contains("tag v1.2.0 (annotated)")
        .contains("chore(release): v1.2.0");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void preflightCollectsEveryProblemAndTouchesNothing() throws Exception {
    setUpRepo();
    git.git("tag", "v1.2.0");
    Files.writeString(repo.resolve("new.txt"), "x");
    Files.writeString(repo.resolve("m/pom.xml"), MODULE + "<!-- dirty -->\n");
    Snapshot before = snapshot();
    PrepareRequest r = request(false);
    PrepareRequest withSnapshots =
        releaseOnly(r, true, false, List.of("org.x:lib:2.0-SNAPSHOT (dependency of g:m)"));
    try (GitRepository rg = GitRepository.open(repo)) {
      assertThatThrownBy(() -> ReleasePrepare.run(rg, withSnapshots, false, l -> {}, StepHook.NONE))
          .hasMessageContaining("nothing was changed")
          .hasMessageContaining("uncommitted changes (m/pom.xml); commit or stash them first")
          .hasMessageContaining("untracked files (new.txt)")
          .hasMessageContaining("tag v1.2.0 already exists")
          .hasMessageContaining("SNAPSHOT from outside the reactor: org.x:lib:2.0-SNAPSHOT")
          .hasMessageContaining("signing was requested (tollgate.release.sign=true) but")
          .hasMessageContaining("set tollgate.release.sign=false");
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void untrackedFilesAllowedOnlyWhenConfiguredAndDetachedHeadRefused() throws Exception {
    setUpRepo();
    Files.writeString(repo.resolve("notes.txt"), "mine");
    PrepareRequest r = request(false);
    PrepareRequest allow = releaseOnly(r, false, true, List.of());
    try (GitRepository rg = GitRepository.open(repo)) {
      ReleasePrepare.run(rg, allow, false, l -> {}, StepHook.NONE);
    }
    assertThat(Files.readString(repo.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(git.git("status", "--porcelain", "--untracked-files=all")).isEqualTo("?? notes.txt");

    git.git("checkout", "-q", "--detach", "HEAD~1");
    try (GitRepository rg = GitRepository.open(repo)) {
      assertThat(ReleasePrepare.preflight(rg, allow))
          .anyMatch(p -> p.startsWith("HEAD is detached"));
    }
  }

  @Test
  void behindUpstreamIsRefused() throws Exception {
    setUpRepo();
    pushFromAnotherClone(addRemote());
    // fetched but not merged
    git.git("fetch", "-q", "origin");
    try (GitRepository rg = GitRepository.open(repo)) {
      assertThat(ReleasePrepare.preflight(rg, request(false)))
          .contains("branch main is 1 commit behind origin/main; pull first (git pull --rebase)");
    }
  }

  @Test
  void unmatchedVersionFilePatternIsAPreflightError() throws Exception {
    setUpRepo();
    try (GitRepository rg = GitRepository.open(repo)) {
      assertThatThrownBy(
              () ->
                  ReleasePrepare.plan(
                      rg,
                      request(false, List.of(VersionFile.parse("README.md=nope(\\d+)")), false)))
          .hasMessageContaining("pattern 'nope(\\d+)' matches nothing in README.md");
    }
    assertThatThrownBy(() -> VersionFile.parse("README.md"))
        .hasMessageContaining("is not 'path=regex'");
  }

  /** The request without a development version, on a branch, with these options. */
  private static PrepareRequest releaseOnly(
      PrepareRequest r, boolean sign, boolean allowUntracked, List<String> externalSnapshots) {
    return new PrepareRequest(
        r.root(),
        r.poms(),
        r.version(),
        null,
        r.tag(),
        r.commitMessage(),
        r.tagMessage(),
        r.developmentCommitMessage(),
        sign,
        r.versionFiles(),
        r.otherChanges(),
        allowUntracked,
        false,
        externalSnapshots,
        List.of(),
        null,
        List.of());
  }
}
