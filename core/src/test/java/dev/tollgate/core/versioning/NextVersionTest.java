package dev.tollgate.core.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tollgate.core.git.GitException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tag selection and the whole computation on real repositories made with JGit. */
class NextVersionTest {

  @TempDir Path dir;
  private Git git;
  private int clock;

  @BeforeEach
  void init() throws Exception {
    git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
  }

  private RevCommit commit(String message) throws Exception {
    clock++;
    PersonIdent who =
        new PersonIdent(
            "T",
            "t@example.invalid",
            java.time.Instant.ofEpochSecond(1_700_000_000L + clock * 60L),
            java.time.ZoneOffset.UTC);
    return git.commit()
        .setMessage(message)
        .setAllowEmpty(true)
        .setAuthor(who)
        .setCommitter(who)
        .setSign(false)
        .call();
  }

  private void annotated(String name) throws Exception {
    git.tag()
        .setName(name)
        .setMessage("Release " + name)
        .setAnnotated(true)
        .setSigned(false)
        .call();
  }

  private void lightweight(String name) throws Exception {
    git.tag().setName(name).setAnnotated(false).call();
  }

  private NextVersionResult next(NextVersionOptions.Builder options) throws GitException {
    return NextVersion.compute(dir, options.build());
  }

  @Test
  void highestReachableTagWinsAndTagsOnUnmergedBranchesDoNotCount() throws Exception {
    commit("chore: init");
    annotated("v1.0.0");
    commit("fix: a");
    lightweight("v1.0.1");
    git.branchCreate().setName("side").call();
    git.checkout().setName("side").call();
    commit("feat: side work");
    annotated("v9.0.0"); // never merged
    git.checkout().setName("main").call();
    commit("feat: b");
    lightweight("not-a-release");
    commit("docs: c");

    NextVersionResult r = next(NextVersionOptions.builder());
    assertThat(r.previousTag()).contains("v1.0.1");
    assertThat(r.commitCount()).isEqualTo(2);
    assertThat(r.nextVersion()).map(Object::toString).contains("1.1.0");
    assertThat(r.decisiveCommits()).extracting(ReleaseCommit::subject).containsExactly("b");
  }

  @Test
  void tagsOfAMergedBranchCountAndItsCommitsToo() throws Exception {
    commit("chore: init");
    annotated("v1.0.0");
    git.branchCreate().setName("maint").call();
    git.checkout().setName("maint").call();
    RevCommit fix = commit("fix: on the maintenance branch");
    annotated("v1.0.1");
    git.checkout().setName("main").call();
    commit("feat!: drop the old api");
    git.merge()
        .include(fix)
        .setFastForward(MergeCommand.FastForwardMode.NO_FF)
        .setMessage("Merge branch 'maint'")
        .call();

    NextVersionResult r = next(NextVersionOptions.builder());
    assertThat(r.previousTag()).contains("v1.0.1");
    // since v1.0.1: the breaking commit and the merge
    assertThat(r.commitCount()).isEqualTo(2);
    assertThat(r.nextVersion()).map(Object::toString).contains("2.0.0");
  }

  @Test
  void preReleaseSeriesAndConsolidation() throws Exception {
    commit("chore: init");
    annotated("v1.2.0");
    commit("feat: a");
    annotated("v1.3.0-rc.1");
    commit("fix: b");

    assertThat(next(NextVersionOptions.builder().preRelease("rc")).nextVersion())
        .map(Object::toString)
        .contains("1.3.0-rc.2");
    NextVersionResult fin = next(NextVersionOptions.builder());
    assertThat(fin.previousTag()).contains("v1.3.0-rc.1");
    assertThat(fin.commitCount()).isEqualTo(2);
    assertThat(fin.nextVersion()).map(Object::toString).contains("1.3.0");
  }

  @Test
  void otherTagFormats() throws Exception {
    commit("chore: init");
    lightweight("widget-1.4.0");
    lightweight("other-7.0.0");
    lightweight("3.0.0");
    commit("fix: a");

    NextVersionResult byArtifact =
        next(
            NextVersionOptions.builder()
                .tagFormat(TagFormat.of("${artifactId}-${version}").withArtifactId("widget")));
    assertThat(byArtifact.previousTag()).contains("widget-1.4.0");
    assertThat(byArtifact.nextVersion()).map(Object::toString).contains("1.4.1");

    NextVersionResult plain =
        next(NextVersionOptions.builder().tagFormat(TagFormat.of("${version}")));
    assertThat(plain.previousTag()).contains("3.0.0");
    assertThat(plain.nextVersion()).map(Object::toString).contains("3.0.1");
  }

  @Test
  void noReleaseWorthyCommitsIsADistinctOutcome() throws Exception {
    commit("chore: init");
    annotated("v1.0.0");
    commit("docs: readme");
    commit("test: more");
    NextVersionResult r = next(NextVersionOptions.builder());
    assertThat(r.isRelease()).isFalse();
    assertThat(r.commitCount()).isEqualTo(2);
    assertThat(r.noReleaseReason()).isEqualTo("no release-worthy commits since 1.0.0");
    assertThat(next(NextVersionOptions.builder().minimumBump(BumpLevel.PATCH)).nextVersion())
        .map(Object::toString)
        .contains("1.0.1");
  }

  @Test
  void firstReleaseUsesTheInitialVersion() throws Exception {
    commit("feat: a");
    commit("fix: b");
    NextVersionResult r =
        next(NextVersionOptions.builder().initialVersion(SemanticVersion.parse("1.0.0")));
    assertThat(r.previousTag()).isEmpty();
    assertThat(r.commitCount()).isEqualTo(2);
    assertThat(r.nextVersion()).map(Object::toString).contains("1.0.0");
  }

  @Test
  void fromOverridesTagDiscovery() throws Exception {
    commit("chore: init");
    annotated("v1.0.0");
    RevCommit base = commit("feat: a");
    commit("fix: b");
    NextVersionResult r = next(NextVersionOptions.builder().from(base.name()));
    assertThat(r.commitCount()).isEqualTo(1);
    assertThat(r.nextVersion()).map(Object::toString).contains("1.0.1");
  }

  @Test
  void releaseCommitWithoutItsTagMeansTagsWereNotFetched() throws Exception {
    commit("feat: a");
    commit("chore(release): v1.0.0");
    commit("fix: b");
    assertThatThrownBy(() -> next(NextVersionOptions.builder()))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("'chore(release): v1.0.0' is a release commit")
        .hasMessageContaining("git fetch --tags");
  }

  @Test
  void unknownRefNamesTheRef() {
    assertThatThrownBy(() -> next(NextVersionOptions.builder().to("nope")))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("'nope' names no commit");
  }

  @Test
  void outsideARepositoryTheMessageSaysSo(@TempDir Path elsewhere) {
    assertThatThrownBy(() -> NextVersion.compute(elsewhere, NextVersionOptions.defaults()))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("no git repository");
  }

  @Test
  void decisiveCommitsAreThoseThatGaveTheLevel() throws Exception {
    commit("chore: init");
    annotated("v0.3.0");
    commit("feat(api)!: rename everything");
    commit("feat: x");
    NextVersionResult r = next(NextVersionOptions.builder());
    assertThat(r.nextVersion()).map(Object::toString).contains("0.4.0");
    assertThat(r.decisiveCommits())
        .extracting(ReleaseCommit::header)
        .isEqualTo(List.of("feat(api)!: rename everything"));
  }

  @Test
  void releaseAsFooterNamesTheVersion() throws Exception {
    commit("chore: init");
    annotated("v1.4.0");
    commit("fix: a");
    commit("chore: prepare the major\n\nRelease-As: 2.0.0");
    commit("fix: b");
    NextVersionResult r = next(NextVersionOptions.builder());
    assertThat(r.nextVersion()).map(Object::toString).contains("2.0.0");
    // an explicit version still wins
    assertThat(next(NextVersionOptions.builder().explicitVersion("3.0.0")).nextVersion())
        .map(Object::toString)
        .contains("3.0.0");
  }

  @Test
  void releaseAsThatIsNoVersionIsRefusedNamingTheCommit() throws Exception {
    commit("chore: init");
    annotated("v1.4.0");
    commit("chore: x\n\nRelease-As: soon");
    assertThatThrownBy(() -> next(NextVersionOptions.builder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Release-As: soon")
        .hasMessageContaining("not a semantic version");
  }

  @Test
  void squashCommitWithNestedBreakingChangeIsMajor() throws Exception {
    commit("chore: init");
    annotated("v1.4.0");
    commit(
        "fix: update dependencies (#9)\n\nBEGIN_NESTED_COMMIT\nfeat!: drop the old client\n"
            + "END_NESTED_COMMIT\n");
    NextVersionResult r = next(NextVersionOptions.builder());
    assertThat(r.nextVersion()).map(Object::toString).contains("2.0.0");
    assertThat(r.commitCount()).isEqualTo(1);
  }

  @Test
  void breakingChangeWithTextOnTheNextLineIsMajor() throws Exception {
    commit("chore: init");
    annotated("v1.4.0");
    commit("fix: validate config\n\nBREAKING CHANGE:\nkeys are now case-sensitive");
    assertThat(next(NextVersionOptions.builder()).nextVersion())
        .map(Object::toString)
        .contains("2.0.0");
    commit("fix: more\n\nBREAKING CHANGES: old spelling");
    assertThat(
            next(NextVersionOptions.builder().breakingNotes(BreakingNotes.LENIENT)).nextVersion())
        .map(Object::toString)
        .contains("2.0.0");
  }

  @Test
  void fromTagNotMatchingTheFormatIsRefused() throws Exception {
    commit("chore: init");
    lightweight("release-1.0.0");
    commit("feat: a");
    assertThatThrownBy(() -> next(NextVersionOptions.builder().from("release-1.0.0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tollgate.release.from names tag release-1.0.0")
        .hasMessageContaining("tollgate.tagFormat");
    assertThat(
            next(NextVersionOptions.builder()
                    .from("release-1.0.0")
                    .tagFormat(TagFormat.of("release-${version}")))
                .nextVersion())
        .map(Object::toString)
        .contains("1.1.0");
  }

  @Test
  void untaggedReleaseCommitIsAcceptedWithAnExplicitFrom() throws Exception {
    RevCommit base = commit("chore: init");
    commit("chore(release): v1.0.0");
    commit("feat: a");
    assertThatThrownBy(() -> next(NextVersionOptions.builder()))
        .isInstanceOf(GitException.class)
        .hasMessageContaining("is a release commit");
    assertThat(next(NextVersionOptions.builder().from(base.name())).nextVersion()).isPresent();
  }
}
