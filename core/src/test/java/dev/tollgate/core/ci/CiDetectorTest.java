package dev.tollgate.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CiDetectorTest {

  @Test
  void localBuildHasNoCi() {
    assertThat(CiDetector.detect(Map.of("HOME", "/home/me"))).isEmpty();
    assertThat(CiDetector.detect(Map.of("CI", "false"))).isEmpty();
  }

  @Test
  void githubPullRequest() {
    CiEnvironment ci =
        CiDetector.detect(
                Map.of(
                    "CI", "true",
                    "GITHUB_ACTIONS", "true",
                    "GITHUB_EVENT_NAME", "pull_request",
                    "GITHUB_REF", "refs/pull/7/merge",
                    "GITHUB_HEAD_REF", "feature/login",
                    "GITHUB_BASE_REF", "main",
                    "GITHUB_SHA", "abc123"))
            .orElseThrow();
    assertThat(ci.system()).isEqualTo("GitHub Actions");
    assertThat(ci.branch()).contains("feature/login");
    assertThat(ci.pullRequestBase()).contains("main");
    assertThat(ci.isPullRequest()).isTrue();
    assertThat(ci.commitSha()).contains("abc123");
  }

  @Test
  void githubBranchPushOnDetachedCheckout() {
    assertBranchBuild(
        Map.of(
            "GITHUB_ACTIONS", "true",
            "GITHUB_REF", "refs/heads/release/1.x",
            "GITHUB_BASE_REF", "",
            "GITHUB_SHA", "def456"),
        "release/1.x");
  }

  @Test
  void githubTagPushHasNoBranch() {
    CiEnvironment ci =
        CiDetector.detect(
                Map.of(
                    "GITHUB_ACTIONS", "true",
                    "GITHUB_REF", "refs/tags/v1.0.0",
                    "GITHUB_REF_TYPE", "tag",
                    "GITHUB_REF_NAME", "v1.0.0"))
            .orElseThrow();
    assertThat(ci.branch()).isEmpty();
  }

  @Test
  void gitlabMergeRequest() {
    assertPullRequest(
        Map.of(
            "GITLAB_CI", "true",
            "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "fix/npe",
            "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "develop",
            "CI_COMMIT_SHA", "1111"),
        "fix/npe",
        "develop",
        "1111");
  }

  @Test
  void gitlabBranchPipeline() {
    assertBranchBuild(Map.of("GITLAB_CI", "true", "CI_COMMIT_BRANCH", "main"), "main");
  }

  @Test
  void jenkinsPullRequestAndRemoteBranch() {
    CiEnvironment pr =
        CiDetector.detect(
                Map.of(
                    "JENKINS_URL", "http://ci.example/",
                    "CHANGE_BRANCH", "feature/x",
                    "CHANGE_TARGET", "main",
                    "BRANCH_NAME", "PR-12",
                    "GIT_COMMIT", "2222"))
            .orElseThrow();
    assertThat(pr.branch()).contains("feature/x");
    assertThat(pr.pullRequestBase()).contains("main");

    CiEnvironment branch =
        CiDetector.detect(Map.of("JENKINS_URL", "http://ci.example/", "GIT_BRANCH", "origin/dev"))
            .orElseThrow();
    assertThat(branch.branch()).contains("dev");
    assertThat(branch.isPullRequest()).isFalse();
  }

  @Test
  void circleCi() {
    CiEnvironment ci =
        CiDetector.detect(
                Map.of("CIRCLECI", "true", "CIRCLE_BRANCH", "topic", "CIRCLE_SHA1", "3333"))
            .orElseThrow();
    assertThat(ci.system()).isEqualTo("CircleCI");
    assertThat(ci.branch()).contains("topic");
    assertThat(ci.commitSha()).contains("3333");
    assertThat(ci.isPullRequest()).isFalse();
  }

  @Test
  void azurePullRequest() {
    assertPullRequest(
        Map.of(
            "TF_BUILD", "True",
            "BUILD_SOURCEBRANCH", "refs/pull/5/merge",
            "SYSTEM_PULLREQUEST_SOURCEBRANCH", "refs/heads/feature/a",
            "SYSTEM_PULLREQUEST_TARGETBRANCH", "refs/heads/main",
            "BUILD_SOURCEVERSION", "4444"),
        "feature/a",
        "main",
        "4444");
  }

  @Test
  void azureBranchBuild() {
    assertBranchBuild(Map.of("TF_BUILD", "True", "BUILD_SOURCEBRANCH", "refs/heads/main"), "main");
  }

  @Test
  void bitbucketPullRequest() {
    assertPullRequest(
        Map.of(
            "BITBUCKET_BUILD_NUMBER", "9",
            "BITBUCKET_BRANCH", "feature/b",
            "BITBUCKET_PR_DESTINATION_BRANCH", "master",
            "BITBUCKET_COMMIT", "5555"),
        "feature/b",
        "master",
        "5555");
  }

  @Test
  void genericCiKnowsNothingMore() {
    CiEnvironment ci = CiDetector.detect(Map.of("CI", "1")).orElseThrow();
    assertThat(ci.system()).isEqualTo("CI");
    assertThat(ci.branch()).isEmpty();
    assertThat(ci.pullRequestBase()).isEqualTo(Optional.empty());
  }

  /** The environment is detected as a pull request from {@code branch} into {@code base}. */
  private static void assertPullRequest(
      Map<String, String> env, String branch, String base, String sha) {
    CiEnvironment ci = CiDetector.detect(env).orElseThrow();
    assertThat(ci.branch()).contains(branch);
    assertThat(ci.pullRequestBase()).contains(base);
    assertThat(ci.commitSha()).contains(sha);
    assertThat(ci.isPullRequest()).isTrue();
  }

  /** The environment is detected as a build of {@code branch}, not a pull request. */
  private static void assertBranchBuild(Map<String, String> env, String branch) {
    CiEnvironment ci = CiDetector.detect(env).orElseThrow();
    assertThat(ci.branch()).contains(branch);
    assertThat(ci.isPullRequest()).isFalse();
  }
}
