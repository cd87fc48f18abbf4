package dev.tollgate.core.versioning;

import dev.tollgate.core.files.FileGuardRails;
import dev.tollgate.core.files.FilesConfig;
import dev.tollgate.core.files.ScanResult;
import dev.tollgate.core.git.CommitRange;
import dev.tollgate.core.git.GitRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code quality:files} with scope {@code commits}: the secrets check over the lines each commit
 * adds, in the range {@code quality:commits} resolves ({@link CommitRangeResolver}: explicit {@code
 * from}/{@code to}, else the CI pull request, else since the latest release tag).
 */
public final class CommitSecretsScan {

  private CommitSecretsScan() {}

  /**
   * Resolves the range and scans it.
   *
   * @param from {@code tollgate.commits.from}, or null
   * @param to {@code tollgate.commits.to}, or null for HEAD
   * @param tagFormat the release tag format
   * @throws dev.tollgate.core.git.GitException when the range cannot be resolved, with the fix
   */
  public static ScanResult run(
      Path dir,
      String from,
      String to,
      String tagFormat,
      Map<String, String> env,
      FilesConfig config)
      throws IOException {
    CommitRange range;
    try (GitRepository git = GitRepository.open(dir)) {
      if (git.isUnborn()) {
        range = null;
      } else {
        range = CommitRangeResolver.resolve(git, from, to, env, tagFormat);
      }
    }
    if (range == null) {
      return new ScanResult(
          dev.tollgate.core.files.Scope.COMMITS,
          java.util.Optional.of("no commits yet"),
          0,
          java.util.List.of(),
          config.levels(),
          java.util.List.of());
    }
    return FileGuardRails.scanCommits(dir, range, config);
  }
}
