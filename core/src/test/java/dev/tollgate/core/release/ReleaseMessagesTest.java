package dev.tollgate.core.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.commits.CommitLintConfig;
import dev.tollgate.core.commits.CommitLinter;
import dev.tollgate.core.commits.CommitMessageParser;
import dev.tollgate.core.commits.ConventionalCommit;
import dev.tollgate.core.commits.ParsedMessage;
import org.junit.jupiter.api.Test;

/** The release's own commits must be Conventional Commits that bump nothing by themselves. */
class ReleaseMessagesTest {

  @Test
  void defaultMessagesAreConventionalChoreReleaseCommits() {
    String release =
        PrepareRequest.expand(
            PrepareRequest.DEFAULT_COMMIT_MESSAGE, "1.2.0", "v1.2.0", "1.2.1-SNAPSHOT");
    String development =
        PrepareRequest.expand(
            PrepareRequest.DEFAULT_DEVELOPMENT_COMMIT_MESSAGE, "1.2.0", "v1.2.0", "1.2.1-SNAPSHOT");
    assertThat(release).isEqualTo("chore(release): v1.2.0");
    assertThat(development).isEqualTo("chore(release): start 1.2.1-SNAPSHOT");
    for (String message : new String[] {release, development}) {
      ParsedMessage parsed = CommitMessageParser.parse(message);
      assertThat(parsed).isInstanceOf(ConventionalCommit.class);
      ConventionalCommit commit = (ConventionalCommit) parsed;
      assertThat(commit.type()).isEqualTo("chore");
      assertThat(commit.scope()).isEqualTo("release");
      assertThat(commit.breaking()).isFalse();
      assertThat(new CommitLinter(CommitLintConfig.conventional()).lint(message))
          .as("Tollgate's default commit rules on '%s'", message)
          .isEmpty();
      assertThat(new CommitLinter(CommitLintConfig.preset("commitizen")).lint(message))
          .as("the commitizen preset on '%s'", message)
          .isEmpty();
    }
  }

  @Test
  void aMessageLikeMavenReleasePluginsIsRejectedByTheSameRules() {
    assertThat(
            new CommitLinter(CommitLintConfig.conventional())
                .lint("[maven-release-plugin] prepare release v1.2.0"))
        .isNotEmpty();
  }

  @Test
  void templatesTakeBothPlaceholderSyntaxes() {
    assertThat(
            PrepareRequest.expand("${tag} @{version} ${developmentVersion}", "2.0.0", "v2", null))
        .isEqualTo("v2 2.0.0 ");
  }
}
