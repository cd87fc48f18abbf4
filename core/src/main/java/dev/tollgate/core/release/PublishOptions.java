package dev.tollgate.core.release;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.nio.file.Path;

/**
 * What {@code release:perform} and {@code release:rollback} need: no version is computed, the
 * release record of the last prepare says what to push or undo.
 *
 * @param root the directory inside the git repository
 * @param remote the remote to push to (perform)
 * @param dryRun print what would happen and change nothing
 */
public record PublishOptions(Path root, String remote, boolean dryRun) {

  /** The remote to push to. */
  public static final String REMOTE = "tollgate.release.remote";

  /**
   * Reads {@code tollgate.release.remote} and {@code tollgate.release.dryRun}.
   *
   * @throws InvalidSettingException naming the property whose value cannot be used
   */
  public static PublishOptions of(Settings settings, Path root) {
    return new PublishOptions(
        root, settings.string(REMOTE, "origin"), settings.bool(PrepareOptions.DRY_RUN, false));
  }
}
