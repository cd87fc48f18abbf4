package dev.tollgate.core.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.versioning.ReleaseCommit;
import dev.tollgate.core.versioning.TagFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sections from real tags: annotated (tagger date) and lightweight (commit date). */
class ChangelogHistoryTest {

  @TempDir Path dir;

  private static PersonIdent at(String day) {
    return new PersonIdent(
        "T", "t@example.invalid", Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
  }

  @Test
  void oneSectionPerReachableReleaseNewestFirst() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      git.commit()
          .setMessage("feat: one")
          .setAuthor(at("2024-01-01"))
          .setCommitter(at("2024-01-01"))
          .setSign(false)
          .call();
      git.tag()
          .setName("v1.0.0")
          .setAnnotated(true)
          .setMessage("Release")
          .setTagger(at("2024-01-05"))
          .setSigned(false)
          .call();
      git.commit()
          .setMessage("fix: two")
          .setAuthor(at("2024-02-01"))
          .setCommitter(at("2024-02-01"))
          .setSign(false)
          .call();
      git.commit()
          .setMessage("docs: three")
          .setAuthor(at("2024-02-02"))
          .setCommitter(at("2024-02-02"))
          .setSign(false)
          .call();
      git.tag().setName("v1.0.1").setAnnotated(false).call();
      git.tag().setName("unrelated").setAnnotated(false).call();
    }
    List<ReleaseSection> sections = ChangelogHistory.releases(dir, TagFormat.DEFAULT, "HEAD");
    assertThat(sections).extracting(ReleaseSection::tagName).containsExactly("v1.0.1", "v1.0.0");
    assertThat(sections.get(0).date()).contains(LocalDate.of(2024, 2, 2));
    assertThat(sections.get(0).previousTagName()).contains("v1.0.0");
    assertThat(sections.get(0).commits())
        .extracting(ReleaseCommit::header)
        .containsExactly("docs: three", "fix: two");
    assertThat(sections.get(1).date()).contains(LocalDate.of(2024, 1, 5));
    assertThat(sections.get(1).previousTagName()).isEmpty();
  }

  @Test
  void commitsComeInGitLogTopoOrderAsCommitizenReadsThem() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "feat: a", "2024-01-01");
      git.tag().setName("v1.0.0").setAnnotated(false).call();
      git.branchCreate().setName("topic").call();
      git.checkout().setName("topic").call();
      commit(git, "feat: f1", "2024-01-02");
      git.checkout().setName("main").call();
      commit(git, "fix: m1", "2024-01-03");
      git.checkout().setName("topic").call();
      commit(git, "feat: f2", "2024-01-04");
      git.checkout().setName("main").call();
      commit(git, "fix: m2", "2024-01-05");
      git.merge()
          .include(git.getRepository().resolve("topic"))
          .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF)
          .setMessage("Merge branch topic")
          .call();
      git.tag().setName("v1.1.0").setAnnotated(false).call();
    }
    List<ReleaseSection> sections = ChangelogHistory.releases(dir, TagFormat.DEFAULT, "HEAD");
    // git log --topo-order v1.0.0..v1.1.0, as checked against git 2.x; date order would
    // interleave the branches (m2, f2, m1, f1)
    assertThat(sections.get(0).commits())
        .extracting(ReleaseCommit::header)
        .containsExactly("Merge branch topic", "feat: f2", "feat: f1", "fix: m2", "fix: m1");
  }

  private static void commit(Git git, String message, String day) throws Exception {
    git.commit()
        .setMessage(message)
        .setAuthor(at(day))
        .setCommitter(at(day))
        .setAllowEmpty(true)
        .setSign(false)
        .call();
  }
}
