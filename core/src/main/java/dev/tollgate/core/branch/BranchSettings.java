package dev.tollgate.core.branch;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;

/**
 * The {@code tollgate.branch.*} settings, the same for {@code quality:branch} and the pre-commit
 * and pre-push hooks.
 *
 * @param protectedBranches the protected branches ({@code main}, {@code master} when not set)
 * @param pushPolicy what pre-push allows on protected branches
 * @param remote the remote whose remote-tracking branches mark what it already has
 */
public record BranchSettings(
    ProtectedBranches protectedBranches, PushCheck.Policy pushPolicy, String remote) {

  /** Protected branch patterns: names, globs and {@code regex:} patterns. */
  public static final String PROTECTED = "tollgate.branch.protected";

  /** Whether tags may be pushed (default true). */
  public static final String ALLOW_TAGS = "tollgate.branch.allowTags";

  /** Whether fast-forward pushes to protected branches are allowed (default false). */
  public static final String ALLOW_DIRECT_PUSH = "tollgate.branch.allowDirectPush";

  /** The remote's name (default {@code origin}). */
  public static final String REMOTE = "tollgate.branch.remote";

  /**
   * Reads the settings.
   *
   * @throws InvalidSettingException naming the property and what is wrong
   */
  public static BranchSettings from(Settings settings) {
    ProtectedBranches branches;
    try {
      branches =
          ProtectedBranches.parse(
              settings.isSet(PROTECTED) ? settings.lines(PROTECTED) : ProtectedBranches.DEFAULTS);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(PROTECTED, e.getMessage());
    }
    return new BranchSettings(
        branches,
        new PushCheck.Policy(
            settings.bool(ALLOW_TAGS, true), settings.bool(ALLOW_DIRECT_PUSH, false)),
        settings.string(REMOTE, "origin"));
  }
}
