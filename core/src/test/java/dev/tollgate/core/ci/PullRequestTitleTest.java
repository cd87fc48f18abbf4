package dev.tollgate.core.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PullRequestTitleTest {

  @TempDir Path tmp;

  private Map<String, String> github(String event, String payload) throws IOException {
    Path file = tmp.resolve("event.json");
    Files.writeString(file, payload);
    return Map.of(
        "GITHUB_ACTIONS", "true", "GITHUB_EVENT_NAME", event, "GITHUB_EVENT_PATH", file.toString());
  }

  @Test
  void gitHubPullRequestEventsCarryTheTitle() throws Exception {
    String payload =
        "{\"action\":\"opened\",\"number\":7,\"pull_request\":{\"title\":\"feat(api): add \\\"x\\\""
            + " \\u00e9\",\"body\":null,\"head\":{\"ref\":\"f\"}}}";
    assertThat(PullRequestTitle.read(github("pull_request", payload)))
        .contains("feat(api): add \"x\" é");
    assertThat(PullRequestTitle.read(github("pull_request_target", payload))).isPresent();
    assertThat(PullRequestTitle.read(github("push", "{}"))).isEmpty();
  }

  @Test
  void aBrokenPayloadFailsLoudly() throws Exception {
    assertThatThrownBy(() -> PullRequestTitle.read(github("pull_request", "{\"number\":1}")))
        .hasMessageContaining("has no pull_request.title");
    assertThatThrownBy(() -> PullRequestTitle.read(github("pull_request", "{not json")))
        .hasMessageContaining("is not JSON");
    assertThatThrownBy(
            () ->
                PullRequestTitle.read(
                    Map.of("GITHUB_ACTIONS", "true", "GITHUB_EVENT_NAME", "pull_request")))
        .hasMessageContaining("GITHUB_EVENT_PATH is not set");
  }

  @Test
  void gitLabMergeRequestsAndOtherBuilds() throws Exception {
    assertThat(
            PullRequestTitle.read(Map.of("GITLAB_CI", "true", "CI_MERGE_REQUEST_TITLE", "fix: y")))
        .contains("fix: y");
    assertThat(PullRequestTitle.read(Map.of("GITLAB_CI", "true"))).isEmpty();
    assertThat(PullRequestTitle.read(Map.of())).isEmpty();
  }
}
