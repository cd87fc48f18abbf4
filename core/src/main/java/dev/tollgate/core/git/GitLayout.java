package dev.tollgate.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a repository's parts are, found the way git finds them: {@code $GIT_DIR}, or a {@code .git}
 * directory or {@code .git} file ({@code gitdir: …}, as in linked worktrees and submodules) in the
 * start directory or one of its parents, then {@code commondir} for what worktrees share. Reading
 * the layout touches only a few small files, so git hooks can afford it on every commit.
 *
 * @param gitDir the repository directory of this checkout (per-worktree: {@code HEAD}, {@code
 *     COMMIT_EDITMSG})
 * @param commonDir the directory shared by all worktrees ({@code config}, {@code hooks}, refs,
 *     objects); the same as {@code gitDir} outside linked worktrees
 * @param workTree the top of the working tree; empty for a bare repository
 */
public record GitLayout(Path gitDir, Path commonDir, Optional<Path> workTree) {

  public GitLayout {
    Objects.requireNonNull(gitDir, "gitDir");
    Objects.requireNonNull(commonDir, "commonDir");
    Objects.requireNonNull(workTree, "workTree");
  }

  /**
   * Finds the repository that contains {@code start}.
   *
   * @param start the directory to search from (normally the project's base directory)
   * @param env the process environment; {@code GIT_DIR}, {@code GIT_WORK_TREE} and {@code
   *     GIT_CEILING_DIRECTORIES} are honoured
   * @return the layout, or empty when {@code start} is not inside a git repository
   * @throws IOException when a {@code .git} file or {@code commondir} cannot be read
   */
  public static Optional<GitLayout> discover(Path start, Map<String, String> env)
      throws IOException {
    Path dir = start.toAbsolutePath().normalize();
    String gitDirEnv = env.get("GIT_DIR");
    if (gitDirEnv != null && !gitDirEnv.isBlank()) {
      Path gitDir = dir.resolve(gitDirEnv).normalize();
      if (!isGitDir(gitDir)) {
        return Optional.empty();
      }
      String workTreeEnv = env.get("GIT_WORK_TREE");
      Optional<Path> workTree;
      if (workTreeEnv != null && !workTreeEnv.isBlank()) {
        workTree = Optional.of(dir.resolve(workTreeEnv).normalize());
      } else if (isBare(gitDir)) {
        workTree = Optional.empty();
      } else {
        // git takes the current directory as the top of the work tree when only GIT_DIR is set
        workTree =
            Optional.of(gitDir.getFileName().toString().equals(".git") ? gitDir.getParent() : dir);
      }
      return Optional.of(new GitLayout(gitDir, commonDir(gitDir), workTree));
    }
    Set<Path> ceilings = ceilings(env);
    for (Path d = dir; d != null; d = d.getParent()) {
      Path dotGit = d.resolve(".git");
      if (Files.isDirectory(dotGit) && isGitDir(dotGit)) {
        return Optional.of(new GitLayout(dotGit, commonDir(dotGit), Optional.of(d)));
      }
      if (Files.isRegularFile(dotGit)) {
        Path gitDir = readGitFile(dotGit);
        if (isGitDir(gitDir)) {
          return Optional.of(new GitLayout(gitDir, commonDir(gitDir), Optional.of(d)));
        }
      }
      if (isGitDir(d)) {
        // a bare repository (or the inside of a .git directory): no work tree
        return Optional.of(new GitLayout(d, commonDir(d), Optional.empty()));
      }
      if (d.getParent() != null && ceilings.contains(d.getParent())) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * The directories the search for a repository never moves up into: {@code
   * GIT_CEILING_DIRECTORIES}, a list separated as {@code PATH} is.
   */
  static Set<Path> ceilings(Map<String, String> env) {
    String value = env.get("GIT_CEILING_DIRECTORIES");
    Set<Path> dirs = new HashSet<>();
    if (value != null) {
      for (String part : value.split(java.io.File.pathSeparator)) {
        if (!part.isBlank()) {
          dirs.add(Path.of(part.strip()).toAbsolutePath().normalize());
        }
      }
    }
    return dirs;
  }

  /** Whether this is a bare repository, which has no work tree and so no commits to guard. */
  public boolean isBare() {
    return workTree.isEmpty();
  }

  /**
   * The directory git runs hooks from: {@code core.hooksPath} when set (absolute, {@code ~/…}, or
   * relative to the top of the work tree — to the repository directory when bare), otherwise {@code
   * hooks} in the common directory. The configuration is read as git does: system, then global,
   * then the repository's {@code config}, then the worktree's {@code config.worktree}.
   *
   * @throws IOException when a configuration file cannot be read or parsed
   */
  public Path hooksDirectory() throws IOException {
    Optional<String> hooksPath = hooksPathSetting();
    if (hooksPath.isEmpty() || hooksPath.get().isBlank()) {
      return commonDir.resolve("hooks");
    }
    String value = hooksPath.get();
    if (value.equals("~") || value.startsWith("~/")) {
      Path home = Path.of(System.getProperty("user.home"));
      return value.equals("~") ? home : home.resolve(value.substring(2)).normalize();
    }
    Path base = workTree.orElse(gitDir);
    return base.resolve(value).normalize();
  }

  /** The {@code core.hooksPath} setting in effect, if any. */
  public Optional<String> hooksPathSetting() throws IOException {
    return configString("core", "hooksPath");
  }

  /**
   * git's comment prefix for commit messages: whichever of {@code core.commentChar} and {@code
   * core.commentString} was set last (git treats them as aliases), {@code auto} included; empty
   * when neither is set (git uses {@code #}). Read when asked, so a change of the setting applies
   * at once.
   *
   * @throws IOException when a configuration file cannot be read or parsed
   */
  public Optional<String> commentPrefix() throws IOException {
    return config().lastOf("core.commentChar", "core.commentString").filter(v -> !v.isEmpty());
  }

  /**
   * The current branch's short name ({@code main}, {@code feature/x}), or empty for a detached
   * HEAD. Reads this worktree's {@code HEAD} file directly.
   *
   * @throws IOException when {@code HEAD} cannot be read
   */
  public Optional<String> currentBranch() throws IOException {
    String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).trim();
    String prefix = "ref: refs/heads/";
    if (head.startsWith(prefix)) {
      return Optional.of(head.substring(prefix.length()).trim());
    }
    return Optional.empty();
  }

  /**
   * A setting of the layered configuration (system, global, repository, worktree), as git reads it;
   * empty when unset.
   *
   * @param section e.g. {@code core}
   * @param name e.g. {@code commentChar}
   * @throws IOException when a configuration file cannot be read or parsed
   */
  public Optional<String> configString(String section, String name) throws IOException {
    return config().get(section + "." + name);
  }

  /**
   * The layered configuration as git reads it now, with this process's environment ({@link
   * GitConfig}: no JGit, so the hooks can afford it).
   *
   * @throws IOException when a configuration file cannot be read or parsed
   */
  public GitConfig config() throws IOException {
    return GitConfig.read(this, System.getenv());
  }

  private static boolean isGitDir(Path dir) {
    return Files.isRegularFile(dir.resolve("HEAD"))
        && (Files.isDirectory(dir.resolve("objects"))
            || Files.isRegularFile(dir.resolve("commondir")))
        && (Files.isDirectory(dir.resolve("refs"))
            || Files.isRegularFile(dir.resolve("commondir")));
  }

  private static boolean isBare(Path gitDir) throws IOException {
    Path config = gitDir.resolve("config");
    if (!Files.isRegularFile(config)) {
      return false;
    }
    for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
      String l = line.trim().replace(" ", "").toLowerCase(java.util.Locale.ROOT);
      if (l.equals("bare=true")) {
        return true;
      }
    }
    return false;
  }

  private static Path readGitFile(Path dotGit) throws IOException {
    String content = Files.readString(dotGit, StandardCharsets.UTF_8).trim();
    if (!content.startsWith("gitdir:")) {
      throw new IOException(dotGit + " is a file but does not start with 'gitdir:'");
    }
    return dotGit.getParent().resolve(content.substring("gitdir:".length()).trim()).normalize();
  }

  private static Path commonDir(Path gitDir) throws IOException {
    Path commondir = gitDir.resolve("commondir");
    if (!Files.isRegularFile(commondir)) {
      return gitDir;
    }
    String content = Files.readString(commondir, StandardCharsets.UTF_8).trim();
    return gitDir.resolve(content).normalize();
  }
}
