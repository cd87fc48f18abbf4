package dev.tollgate.core.hooks;

import dev.tollgate.core.git.GitLayout;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.TrackedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hooks directory that git tracks ({@code core.hooksPath=.husky}): its hooks are shared with
 * every clone, so Tollgate never writes into them. Each hook calls the runner of the clone it runs
 * in with one line the team commits once; {@code quality:install-hooks} writes that runner (and the
 * settings) and refuses, naming the lines, until they are there.
 */
final class TrackedHooks {

  private TrackedHooks() {}

  /**
   * The hooks directory relative to the work tree when git tracks files in it, else empty.
   *
   * @throws IOException when the index cannot be read
   */
  static Optional<String> trackedDirectory(GitLayout layout, Path hooksDir) throws IOException {
    if (layout.workTree().isEmpty()) {
      return Optional.empty();
    }
    Path root = layout.workTree().get().toAbsolutePath().normalize();
    Path dir = hooksDir.toAbsolutePath().normalize();
    if (!dir.startsWith(root) || dir.equals(root) || dir.startsWith(layout.commonDir())) {
      return Optional.empty();
    }
    String relative = root.relativize(dir).toString().replace('\\', '/');
    try (GitRepository git = GitRepository.open(layout)) {
      for (TrackedFile f : git.index().index()) {
        if (f.path().startsWith(relative + "/")) {
          return Optional.of(relative);
        }
      }
    }
    return Optional.empty();
  }

  /** The line a tracked hook needs: it runs this clone's Tollgate runner, found through git. */
  static String line(String hook) {
    return "sh \"$(git rev-parse --git-common-dir)/"
        + HookInstaller.TOOL_DIR
        + "/run\" "
        + hook
        + " \"$@\"";
  }

  /**
   * The hooks among {@code hooks} whose file in the directory lacks {@link #line(String)}.
   *
   * @throws IOException when a hook file cannot be read
   */
  static List<String> missing(Path hooksDir, List<String> hooks) throws IOException {
    List<String> missing = new ArrayList<>();
    for (String hook : hooks) {
      Path file = hooksDir.resolve(hook);
      String text =
          Files.isRegularFile(file)
              ? new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
              : "";
      if (!text.contains(HookInstaller.TOOL_DIR + "/run\" " + hook)) {
        missing.add(hook);
      }
    }
    return missing;
  }

  /** Why nothing was written into the directory, and the lines that make the hooks run Tollgate. */
  static String refusal(String directory, List<String> missing) {
    StringBuilder b =
        new StringBuilder("core.hooksPath is ")
            .append(directory)
            .append(", which git tracks: Tollgate does not write into shared hooks. The runner is")
            .append(" installed in .git/")
            .append(HookInstaller.TOOL_DIR)
            .append("; add to each hook, commit, and run the goal again:");
    for (String hook : missing) {
      b.append("\n  ").append(directory).append('/').append(hook).append(": ").append(line(hook));
    }
    b.append("\n(or set tollgate.hooks.names to the hooks you want, or tollgate.hooks.skip=true)");
    return b.toString();
  }
}
