package dev.tollgate.core.hooks;

import dev.tollgate.core.settings.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code tollgate.hooks.*} switches of the installed hooks. The hooks read every other setting
 * through the same records as the goals ({@code CommitLintConfig}, {@code FilesConfig}, {@code
 * BranchSettings}), from {@code hooks.properties}: the pom's configuration recorded at install
 * time.
 *
 * @param stagedFiles whether pre-commit runs the file guard rails on the staged files: the
 *     installing plugin has the {@code files} goal, {@code tollgate.files.skip} is not set and
 *     {@value #FILES} is not {@code false}
 * @param checkPushedCommits whether pre-push checks the messages of the pushed commits
 */
public record HookSettings(boolean stagedFiles, boolean checkPushedCommits) {

  /** Switch for the files part of the pre-commit hook (default true). */
  public static final String FILES = "tollgate.hooks.files";

  /** Whether the pushed commits' messages are checked in pre-push (default true). */
  public static final String CHECK_PUSHED_COMMITS = "tollgate.hooks.checkPushedCommits";

  /**
   * Reads the switches.
   *
   * @throws dev.tollgate.core.settings.InvalidSettingException for a value that is not a boolean
   */
  public static HookSettings from(Settings settings) {
    boolean filesGoal =
        settings.asMap().keySet().stream().anyMatch(k -> k.startsWith("tollgate.files."));
    boolean files = settings.bool(FILES, true);
    boolean skipped = settings.bool("tollgate.files.skip", false);
    return new HookSettings(
        filesGoal && files && !skipped, settings.bool(CHECK_PUSHED_COMMITS, true));
  }

  /** Reads a {@code hooks.properties} file; a missing file means the defaults. */
  public static Settings read(Path file) throws IOException {
    Map<String, String> map = new HashMap<>();
    if (Files.isRegularFile(file)) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      }
      p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
    }
    return Settings.of(map);
  }
}
