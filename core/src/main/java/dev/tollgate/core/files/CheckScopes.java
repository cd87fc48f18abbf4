package dev.tollgate.core.files;

import dev.tollgate.core.pattern.GlobPattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which files each check reads, after the scan's own includes and excludes: {@code
 * tollgate.files.includes.<check>} and {@code tollgate.files.excludes.<check>}, compiled once.
 */
final class CheckScopes {

  private final Map<String, List<GlobPattern>> includes = new HashMap<>();
  private final Map<String, List<GlobPattern>> excludes = new HashMap<>();

  CheckScopes(FilesConfig config) {
    config.checkIncludes().forEach((check, globs) -> includes.put(check, GlobPattern.paths(globs)));
    config.checkExcludes().forEach((check, globs) -> excludes.put(check, GlobPattern.paths(globs)));
  }

  /** Whether the check reads this repository-relative path. */
  boolean applies(String checkId, String path) {
    List<GlobPattern> in = includes.get(checkId);
    if (in != null && !GlobPattern.anyMatches(in, path)) {
      return false;
    }
    List<GlobPattern> out = excludes.get(checkId);
    return out == null || !GlobPattern.anyMatches(out, path);
  }

  /** Whether any check has its own includes or excludes. */
  boolean any() {
    return !includes.isEmpty() || !excludes.isEmpty();
  }
}
