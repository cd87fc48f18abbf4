package dev.tollgate.core.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Reads git configuration in git's order. Kept apart from {@link GitLayout} so that the hooks' fast
 * path, which only reads {@code HEAD}, never loads JGit.
 */
final class GitConfigFiles {

  private GitConfigFiles() {}

  static Config layered(GitLayout layout) throws IOException {
    try {
      // the user configuration's base is the system configuration
      Config user = SystemReader.getInstance().getUserConfig();
      FileBasedConfig repo =
          new FileBasedConfig(user, layout.commonDir().resolve("config").toFile(), FS.DETECTED);
      repo.load();
      Path worktreeConfig = layout.gitDir().resolve("config.worktree");
      if (Files.isRegularFile(worktreeConfig)
          && repo.getBoolean("extensions", "worktreeConfig", false)) {
        FileBasedConfig wt = new FileBasedConfig(repo, worktreeConfig.toFile(), FS.DETECTED);
        wt.load();
        return wt;
      }
      return repo;
    } catch (ConfigInvalidException e) {
      throw new IOException(
          "invalid git configuration in " + layout.commonDir() + ": " + e.getMessage(), e);
    }
  }
}
