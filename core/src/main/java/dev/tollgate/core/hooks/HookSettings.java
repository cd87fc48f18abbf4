package dev.tollgate.core.hooks;

import dev.tollgate.core.branch.ProtectedBranches;
import dev.tollgate.core.branch.PushCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The settings the installed hooks read from {@code hooks.properties}: the effective values of the
 * pom's {@code tollgate.*} parameters at install time. Lists are stored one entry per line.
 */
public final class HookSettings {

  /** Protected branch patterns (one per line). */
  public static final String PROTECTED = "tollgate.branch.protected";

  /** Whether tags may be pushed. */
  public static final String ALLOW_TAGS = "tollgate.branch.allowTags";

  /** Whether fast-forward pushes to protected branches are allowed. */
  public static final String ALLOW_DIRECT_PUSH = "tollgate.branch.allowDirectPush";

  /** Whether the pushed commits' messages are checked in pre-push. */
  public static final String CHECK_PUSHED_COMMITS = "tollgate.hooks.checkPushedCommits";

  private final Map<String, String> values;

  /** Settings from a map (as written by the installer). */
  public HookSettings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Reads a settings file; a missing file means the defaults. */
  public static HookSettings read(Path file) throws IOException {
    Map<String, String> map = new HashMap<>();
    if (Files.isRegularFile(file)) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      }
      p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
    }
    return new HookSettings(map);
  }

  /** Every setting, by property name. */
  public Map<String, String> asMap() {
    return values;
  }

  /** The protected branches; {@code main} and {@code master} when not configured. */
  public ProtectedBranches protectedBranches() {
    String v = values.get(PROTECTED);
    if (v == null || v.isBlank()) {
      return ProtectedBranches.parse(ProtectedBranches.DEFAULTS);
    }
    return ProtectedBranches.parse(Arrays.asList(v.split("\n")));
  }

  /** The push policy. */
  public PushCheck.Policy pushPolicy() {
    return new PushCheck.Policy(flag(ALLOW_TAGS, true), flag(ALLOW_DIRECT_PUSH, false));
  }

  /** A boolean setting. */
  public boolean flag(String key, boolean defaultValue) {
    String v = values.get(key);
    return v == null || v.isBlank() ? defaultValue : Boolean.parseBoolean(v.trim());
  }

  /** Joins a list for storage. */
  public static String joinList(List<String> entries) {
    return String.join("\n", entries);
  }
}
