package dev.tollgate.core.hooks;

import dev.tollgate.core.git.GitLayout;
import dev.tollgate.core.git.SafeDirectory;
import dev.tollgate.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Installs and removes Tollgate's git hooks. Only Tollgate's marked block is ever written; a user's
 * hook keeps its content and still runs after Tollgate's checks pass; uninstalling restores the
 * exact bytes (and permissions) that were there before. Installing twice changes nothing.
 *
 * <p>A hooks directory git tracks ({@code core.hooksPath=.husky}) is never written: see {@link
 * TrackedHooks}.
 *
 * <p>Besides the hooks, installing writes two files to {@code <git common dir>/tollgate/}: {@code
 * run} (the runner the hooks call, with the resolved classpath) and {@code hooks.properties} (the
 * effective settings from the pom).
 */
public final class HookInstaller {

  /** Name of the directory under the git common directory that holds the runner and settings. */
  public static final String TOOL_DIR = "tollgate";

  /** Name of the settings file in {@link #TOOL_DIR}. */
  public static final String SETTINGS_FILE = "hooks.properties";

  private static final Set<PosixFilePermission> EXECUTABLE =
      PosixFilePermissions.fromString("rwxr-xr-x");

  private HookInstaller() {}

  /**
   * What an install or uninstall did.
   *
   * @param hooksDirectory where the hooks are
   * @param changed the hook files (and runner files) written, renamed or deleted
   * @param unchanged the hook files already as they should be
   */
  public record Result(Path hooksDirectory, List<String> changed, List<String> unchanged) {}

  /**
   * Installs or updates the hooks.
   *
   * @param layout the repository (must not be bare)
   * @param runtime what the hooks run
   * @param hooks which hooks, a subset of {@link HookScripts#HOOKS}
   * @throws IOException when a file cannot be read or written
   * @throws dev.tollgate.core.git.GitException when the repository belongs to another user and
   *     {@code safe.directory} does not trust it
   */
  public static Result install(GitLayout layout, HookRuntime runtime, List<String> hooks)
      throws IOException {
    SafeDirectory.require(layout, System.getenv());
    Path hooksDir = layout.hooksDirectory();
    Path toolDir = layout.commonDir().resolve(TOOL_DIR);
    Path runner = toolDir.resolve("run");
    Path settings = toolDir.resolve(SETTINGS_FILE);
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    (writeIfChanged(settings, properties(runtime.settings())) ? changed : unchanged)
        .add(TOOL_DIR + "/" + SETTINGS_FILE);
    (writeIfChanged(runner, latin1(HookScripts.runner(runtime, projectPath(layout, runtime))))
            ? changed
            : unchanged)
        .add(TOOL_DIR + "/run");
    Optional<String> tracked = TrackedHooks.trackedDirectory(layout, hooksDir);
    if (tracked.isPresent()) {
      List<String> missing = TrackedHooks.missing(hooksDir, hooks);
      if (!missing.isEmpty()) {
        throw new IOException(TrackedHooks.refusal(tracked.get(), missing));
      }
      unchanged.addAll(hooks);
      return new Result(hooksDir, changed, unchanged);
    }
    Files.createDirectories(hooksDir);
    for (String hook : hooks) {
      if (!HookScripts.HOOKS.contains(hook)) {
        throw new IllegalArgumentException(
            "unknown hook '" + hook + "'; Tollgate installs " + HookScripts.HOOKS);
      }
      (installOne(hooksDir.resolve(hook), hook) ? changed : unchanged).add(hook);
    }
    // hooks left out of this install lose Tollgate's block, so the set installed is exactly `hooks`
    for (String hook : HookScripts.HOOKS) {
      if (!hooks.contains(hook) && uninstallOne(hooksDir.resolve(hook))) {
        changed.add(hook);
      }
    }
    return new Result(hooksDir, changed, unchanged);
  }

  /** The project's directory relative to the work tree's root, {@code ""} at the root. */
  private static String projectPath(GitLayout layout, HookRuntime runtime) {
    if (layout.workTree().isEmpty()) {
      return "";
    }
    try {
      Path root = layout.workTree().get().toRealPath();
      Path project = runtime.projectDir().toRealPath();
      return project.startsWith(root) ? root.relativize(project).toString() : "";
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * Removes Tollgate's block from every hook and restores chained user hooks; deletes the runner
   * and settings.
   *
   * @throws IOException when a file cannot be read or written
   * @throws dev.tollgate.core.git.GitException when the repository belongs to another user and
   *     {@code safe.directory} does not trust it
   */
  public static Result uninstall(GitLayout layout) throws IOException {
    SafeDirectory.require(layout, System.getenv());
    Path hooksDir = layout.hooksDirectory();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (String hook : HookScripts.HOOKS) {
      (uninstallOne(hooksDir.resolve(hook)) ? changed : unchanged).add(hook);
    }
    Path toolDir = layout.commonDir().resolve(TOOL_DIR);
    for (String name : List.of("run", SETTINGS_FILE)) {
      if (Files.deleteIfExists(toolDir.resolve(name))) {
        changed.add(TOOL_DIR + "/" + name);
      }
    }
    if (Files.isDirectory(toolDir)) {
      try (var entries = Files.list(toolDir)) {
        if (entries.findAny().isEmpty()) {
          Files.delete(toolDir);
        }
      }
    }
    return new Result(hooksDir, changed, unchanged);
  }

  private static boolean installOne(Path file, String hook) throws IOException {
    Path chained = file.resolveSibling(file.getFileName() + HookFile.CHAINED_SUFFIX);
    boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    boolean symlink = Files.isSymbolicLink(file);
    if (exists && !symlink) {
      String text = read(file);
      Optional<HookFile.Block> block = HookFile.find(text);
      if (block.isPresent()) {
        boolean chain = block.get().mode() == HookFile.Mode.CHAINED;
        String updated =
            HookFile.replaceBody(text, block.get(), latin1(HookScripts.body(hook, chain)));
        return writeHook(file, updated, text);
      }
      if (HookFile.acceptsInline(text, Files.isExecutable(file))) {
        return writeHook(file, HookFile.inline(text, latin1(HookScripts.body(hook, false))), text);
      }
    }
    if (exists) {
      if (Files.exists(chained, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(
            "cannot chain "
                + file
                + ": "
                + chained
                + " already exists; move one of them away and install again");
      }
      Files.move(file, chained);
      String text =
          HookFile.SHEBANG
              + HookFile.block(HookFile.Mode.CHAINED, latin1(HookScripts.body(hook, true)));
      writeHook(file, text, null);
      return true;
    }
    writeHook(file, HookFile.created(latin1(HookScripts.body(hook, false))), null);
    return true;
  }

  private static boolean uninstallOne(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    String text = read(file);
    Optional<HookFile.Block> block = HookFile.find(text);
    if (block.isEmpty()) {
      return false;
    }
    Path chained = file.resolveSibling(file.getFileName() + HookFile.CHAINED_SUFFIX);
    switch (block.get().mode()) {
      case CHAINED -> {
        Files.delete(file);
        if (Files.exists(chained, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(chained, file);
        }
      }
      case CREATED, INLINE -> {
        String rest = HookFile.remove(text, block.get());
        if (rest.isEmpty()) {
          Files.delete(file);
        } else {
          AtomicFiles.write(file, rest.getBytes(StandardCharsets.ISO_8859_1));
        }
      }
    }
    return true;
  }

  /** Writes a hook when its text differs; a new file gets {@code rwxr-xr-x}. */
  private static boolean writeHook(Path file, String text, String previous) throws IOException {
    if (text.equals(previous)) {
      return false;
    }
    boolean existed = previous != null;
    AtomicFiles.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
    if (!existed) {
      setExecutable(file);
    }
    return true;
  }

  private static boolean writeIfChanged(Path file, String latin1Text) throws IOException {
    byte[] bytes = latin1Text.getBytes(StandardCharsets.ISO_8859_1);
    if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      return false;
    }
    AtomicFiles.write(file, bytes);
    return true;
  }

  private static void setExecutable(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, EXECUTABLE);
    } catch (UnsupportedOperationException e) {
      file.toFile().setExecutable(true, false);
    }
  }

  /** Hook files are handled as ISO-8859-1 so that any bytes survive a round trip unchanged. */
  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
  }

  private static String latin1(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** The settings as a properties file: sorted, no date line, so rewriting is idempotent. */
  static String properties(Map<String, String> settings) {
    StringBuilder out =
        new StringBuilder("# Tollgate hook settings, written by quality:install-hooks\n");
    for (Map.Entry<String, String> e : new TreeMap<>(settings).entrySet()) {
      out.append(escape(e.getKey(), true))
          .append('=')
          .append(escape(e.getValue(), false))
          .append('\n');
    }
    return out.toString();
  }

  private static String escape(String s, boolean key) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '=', ':', '#', '!' -> b.append('\\').append(c);
        case ' ' -> b.append(key || i == 0 ? "\\ " : " ");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
