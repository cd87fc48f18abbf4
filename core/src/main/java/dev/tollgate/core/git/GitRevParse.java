package dev.tollgate.core.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves a revision to a commit with git's own {@code rev-parse}, for {@link GitRepository}: git
 * looks one object up in its pack index, where JGit reads the whole index first (30 MB and about a
 * second of a cold JVM's time for a million objects), which a goal that reads its commits through
 * {@code git log} would pay only to resolve two revisions. Any failure (git missing or too old, a
 * repository git refuses, a bad revision) gives an empty answer, and the caller asks JGit, which
 * then says what is wrong.
 */
final class GitRevParse {

  private GitRevParse() {}

  /** The full id of the commit {@code rev} names, or empty when git cannot tell. */
  static Optional<String> commit(Path gitDir, String rev) {
    ProcessBuilder builder =
        new ProcessBuilder(
                "git",
                "--git-dir=" + gitDir,
                "--no-replace-objects",
                "rev-parse",
                "--verify",
                "--quiet",
                "--end-of-options",
                rev + "^{commit}")
            .directory(gitDir.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().remove("GIT_DIR");
    builder.environment().remove("GIT_WORK_TREE");
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] out;
      try (InputStream in = process.getInputStream()) {
        out = in.readAllBytes();
      }
      if (process.waitFor() != 0) {
        return Optional.empty();
      }
      String id = new String(out, StandardCharsets.US_ASCII).strip();
      return isFullId(id) ? Optional.of(id) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static boolean isFullId(String id) {
    if (id.length() != 40) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
