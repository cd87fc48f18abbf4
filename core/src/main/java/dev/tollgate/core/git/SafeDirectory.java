package dev.tollgate.core.git;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;

/**
 * git's {@code safe.directory} rule (git 2.39, plus the {@code path/*} form of git 2.46): a
 * repository whose work tree (or, when bare, git directory) belongs to another user is refused
 * unless {@code safe.directory} in the system or global configuration lists it or {@code *}; the
 * repository's own configuration cannot vouch for itself. An empty value clears the list. Running
 * as root through {@code sudo}, the owner may be {@code SUDO_UID}. Tollgate refuses what git
 * refuses, so it never reads the settings, or writes hooks into the {@code core.hooksPath}, of a
 * repository that another user controls. Skipped on file systems without POSIX owners (Windows).
 */
public final class SafeDirectory {

  private SafeDirectory() {}

  /**
   * Refuses a repository that belongs to another user and that {@code safe.directory} does not
   * list.
   *
   * @param workTree the top of the work tree; empty for a bare repository
   * @param gitDir the repository directory
   * @param env the process environment ({@code HOME}, {@code GIT_CONFIG_GLOBAL}, …)
   * @throws GitException of kind {@link GitException.Kind#UNSAFE_OWNERSHIP}, naming the fix
   */
  public static void require(Optional<Path> workTree, Path gitDir, Map<String, String> env) {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("unix")) {
      return;
    }
    Path checked = workTree.orElse(gitDir).toAbsolutePath().normalize();
    List<Path> owned = new ArrayList<>();
    workTree.ifPresent(owned::add);
    owned.add(gitDir);
    Optional<String> stranger = Optional.empty();
    for (Path p : owned) {
      stranger = foreignOwner(p, env);
      if (stranger.isPresent()) {
        break;
      }
    }
    if (stranger.isEmpty()) {
      return;
    }
    List<String> listed;
    try {
      listed = protectedValues(env);
    } catch (IOException e) {
      throw GitException.unsafeOwnership(
          checked,
          checked
              + " belongs to "
              + stranger.get()
              + " and safe.directory cannot be read ("
              + e.getMessage()
              + "); fix the git configuration, then: git config --global --add safe.directory "
              + checked);
    }
    if (!trusts(listed, checked, home(env))) {
      throw GitException.unsafeOwnership(
          checked,
          "the git repository at "
              + checked
              + " belongs to "
              + stranger.get()
              + ", not to "
              + currentUser()
              + ", so git (and Tollgate) refuse it (detected dubious ownership); if you trust it:"
              + " git config --global --add safe.directory "
              + checked);
    }
  }

  /** {@link #require(Optional, Path, Map)} for a layout the hooks found. */
  public static void require(GitLayout layout, Map<String, String> env) {
    require(layout.workTree(), layout.gitDir(), env);
  }

  /**
   * Whether the {@code safe.directory} values, in configuration order, trust {@code dir}: the last
   * empty value clears those before it; {@code *} trusts every directory; {@code path/*} every
   * directory below {@code path}; otherwise the value must name {@code dir} (a leading {@code ~/}
   * is the home directory).
   */
  static boolean trusts(List<String> values, Path dir, Path home) {
    String target = dir.toAbsolutePath().normalize().toString();
    String real = realPath(dir);
    boolean safe = false;
    for (String raw : values) {
      String value = raw == null ? "" : raw.strip();
      if (value.isEmpty()) {
        safe = false;
      } else if (value.equals("*")) {
        safe = true;
      } else {
        if (value.equals("~") || value.startsWith("~/")) {
          value = home + value.substring(1);
        }
        if (value.endsWith("/*")) {
          String prefix = value.substring(0, value.length() - 1);
          safe |= (target + "/").startsWith(prefix) || (real + "/").startsWith(prefix);
        } else {
          String path = Path.of(value).toAbsolutePath().normalize().toString();
          safe |= path.equals(target) || path.equals(real);
        }
      }
    }
    return safe;
  }

  /**
   * The {@code safe.directory} values of the configuration git protects from repositories: the
   * system file ({@code GIT_CONFIG_SYSTEM}, else {@code /etc/gitconfig}; none with {@code
   * GIT_CONFIG_NOSYSTEM}), then the global files ({@code GIT_CONFIG_GLOBAL}, else {@code
   * $XDG_CONFIG_HOME/git/config} and {@code ~/.gitconfig}).
   */
  static List<String> protectedValues(Map<String, String> env) throws IOException {
    List<Path> files = new ArrayList<>();
    if (!isTrue(env.get("GIT_CONFIG_NOSYSTEM"))) {
      String system = env.get("GIT_CONFIG_SYSTEM");
      files.add(Path.of(system != null ? system : "/etc/gitconfig"));
    }
    String global = env.get("GIT_CONFIG_GLOBAL");
    if (global != null) {
      if (!global.isEmpty()) {
        files.add(Path.of(global));
      }
    } else {
      String xdg = env.get("XDG_CONFIG_HOME");
      files.add(
          xdg != null && !xdg.isEmpty()
              ? Path.of(xdg, "git", "config")
              : home(env).resolve(".config/git/config"));
      files.add(home(env).resolve(".gitconfig"));
    }
    List<String> values = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      values.addAll(JGitFile.safeDirectories(file));
    }
    return values;
  }

  /**
   * Reads a configuration file through JGit, in a class of its own: only a repository of another
   * user needs it, and the JVM would load JGit to verify {@link SafeDirectory} if its exception
   * handler stood there.
   */
  private static final class JGitFile {

    private JGitFile() {}

    static List<String> safeDirectories(Path file) throws IOException {
      FileBasedConfig config = new FileBasedConfig(null, file.toFile(), FS.DETECTED);
      try {
        config.load();
      } catch (ConfigInvalidException e) {
        throw new IOException("invalid git configuration in " + file + ": " + e.getMessage(), e);
      }
      List<String> values = new ArrayList<>();
      for (String value : config.getStringList("safe", null, "directory")) {
        values.add(value == null ? "" : value); // an empty value clears the list
      }
      return values;
    }
  }

  /** The owner of {@code p} when it is not the current user (nor, under sudo, SUDO_UID). */
  private static Optional<String> foreignOwner(Path p, Map<String, String> env) {
    try {
      int owner =
          ((Number) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)).intValue();
      OptionalInt me = CurrentUid.VALUE;
      if (me.isEmpty() || owner == me.getAsInt()) {
        return Optional.empty(); // cannot tell who we are: git would not refuse either
      }
      String sudoUid = env.get("SUDO_UID");
      if (me.getAsInt() == 0 && sudoUid != null && sudoUid.strip().equals(String.valueOf(owner))) {
        return Optional.empty();
      }
      return Optional.of("user " + Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName());
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The effective uid of this process, compared with owners as git compares them (by number, so a
   * container user without a name still owns its files): the owner of {@code /proc/self} on Linux,
   * else the owner of a file this process creates.
   */
  private static final class CurrentUid {
    static final OptionalInt VALUE = readCurrentUid();
  }

  private static OptionalInt readCurrentUid() {
    try {
      Path self = Path.of("/proc/self");
      if (Files.isDirectory(self)) {
        return OptionalInt.of(((Number) Files.getAttribute(self, "unix:uid")).intValue());
      }
      Path probe = Files.createTempFile("tollgate-uid", ".tmp");
      try {
        return OptionalInt.of(((Number) Files.getAttribute(probe, "unix:uid")).intValue());
      } finally {
        Files.deleteIfExists(probe);
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return OptionalInt.empty();
    }
  }

  private static String currentUser() {
    return System.getProperty("user.name");
  }

  private static Path home(Map<String, String> env) {
    String home = env.get("HOME");
    return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"));
  }

  private static String realPath(Path dir) {
    try {
      return dir.toRealPath().toString();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize().toString();
    }
  }

  private static boolean isTrue(String value) {
    if (value == null) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "", "0", "false", "no", "off" -> false;
      default -> true;
    };
  }
}
