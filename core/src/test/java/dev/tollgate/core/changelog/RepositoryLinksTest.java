package dev.tollgate.core.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepositoryLinksTest {

  @ParameterizedTest
  @CsvSource({
    "git@github.com:acme/widget.git, https://github.com/acme/widget/compare/v1...v2",
    "https://github.com/acme/widget, https://github.com/acme/widget/compare/v1...v2",
    "ssh://git@github.com/acme/widget.git, https://github.com/acme/widget/compare/v1...v2",
    "https://user@gitlab.com/group/sub/widget.git, https://gitlab.com/group/sub/widget/-/compare/v1...v2",
    "git@gitlab.example.org:team/widget.git, https://gitlab.example.org/team/widget/-/compare/v1...v2",
  })
  void knownHostsGetCompareLinks(String remote, String compare) {
    assertThat(RepositoryLinks.fromRemoteUrl(remote))
        .map(l -> l.compareUrl("v1", "v2"))
        .contains(compare);
  }

  @ParameterizedTest
  @CsvSource({
    "file:///srv/git/widget.git",
    "/srv/git/widget.git",
    "https://example.org/widget.git"
  })
  void otherRemotesGetNoLinks(String remote) {
    assertThat(RepositoryLinks.fromRemoteUrl(remote)).isEmpty();
  }
}
