package dev.tollgate.core.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The effective settings of one run, keyed by the documented {@code tollgate.*} property names, and
 * the one parser for their values. Wherever a setting is written (plugin or execution {@code
 * <configuration>}, {@code -D}, the pom's properties, {@code hooks.properties}), it arrives here as
 * text and means the same. A blank value counts as not set. Every parse error is an {@link
 * InvalidSettingException} that names the property.
 */
public final class Settings {

  private static final Settings EMPTY = new Settings(Map.of());

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** Settings from a map of property name to text; {@code null} values are dropped. */
  public static Settings of(Map<String, String> values) {
    Map<String, String> copy = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            copy.put(k, v);
          }
        });
    return new Settings(copy);
  }

  /** No settings: every value takes its default. */
  public static Settings empty() {
    return EMPTY;
  }

  /** Every setting, by property name, sorted. */
  public Map<String, String> asMap() {
    return values;
  }

  /** These settings with {@code more} laid over them (a value in {@code more} wins). */
  public Settings with(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(values);
    more.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            all.put(k, v);
          }
        });
    return new Settings(all);
  }

  /**
   * Old spellings mapped to their new names: a value under an old name is used when the new name is
   * not set, with a deprecation warning either way.
   *
   * @param renamed old property name to new property name
   * @param warn receives one line per old name in use
   */
  public Settings withRenamed(Map<String, String> renamed, Consumer<String> warn) {
    Map<String, String> all = new LinkedHashMap<>(values);
    renamed.forEach(
        (oldKey, newKey) -> {
          String old = values.get(oldKey);
          if (old == null || old.isBlank()) {
            return;
          }
          if (isSet(newKey)) {
            warn.accept(
                oldKey + " is deprecated and ignored because " + newKey + " is set; remove it");
          } else {
            warn.accept(oldKey + " is deprecated; use " + newKey + " (same values)");
            all.put(newKey, old);
          }
          all.remove(oldKey);
        });
    return new Settings(all);
  }

  /** Whether the property has a non-blank value. */
  public boolean isSet(String key) {
    String v = values.get(key);
    return v != null && !v.isBlank();
  }

  /** The trimmed value, or empty when not set. */
  public Optional<String> value(String key) {
    String v = values.get(key);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  /** The trimmed value, or {@code defaultValue} when not set. */
  public String string(String key, String defaultValue) {
    return value(key).orElse(defaultValue);
  }

  /** The value as written (not trimmed), or {@code defaultValue} when not set. */
  public String raw(String key, String defaultValue) {
    return isSet(key) ? values.get(key) : defaultValue;
  }

  /** A boolean: {@code true} or {@code false} (any case); anything else is an error. */
  public boolean bool(String key, boolean defaultValue) {
    Optional<String> v = value(key);
    if (v.isEmpty()) {
      return defaultValue;
    }
    return switch (v.get().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new InvalidSettingException(
              key, "'" + v.get() + "' is not a boolean; use true or false");
    };
  }

  /** A whole number within {@code [min, max]}. */
  public int integer(String key, int defaultValue, int min, int max) {
    Optional<String> v = value(key);
    if (v.isEmpty()) {
      return defaultValue;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidSettingException(
        key, "'" + v.get() + "' is not a whole number from " + min + " to " + max);
  }

  /** A level: {@code off}, {@code warn} or {@code error}. */
  public Level level(String key, Level defaultValue) {
    Optional<String> v = value(key);
    return v.isEmpty() ? defaultValue : parseLevel(key, v.get());
  }

  /**
   * Parses one level. Accepts {@code off}, {@code warn}, {@code error} (any case); anything else is
   * an error naming {@code key}.
   */
  public static Level parseLevel(String key, String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "off" -> Level.OFF;
      case "warn" -> Level.WARN;
      case "error" -> Level.ERROR;
      default ->
          throw new InvalidSettingException(
              key, "unknown level '" + text.trim() + "'; use off, warn or error");
    };
  }

  /** A size in bytes; see {@link #parseSize(String, String)}. */
  public long size(String key, long defaultValue) {
    Optional<String> v = value(key);
    return v.isEmpty() ? defaultValue : parseSize(key, v.get());
  }

  /**
   * Parses a positive size: a number of bytes, optionally followed by a unit {@code B}, {@code
   * KB}/{@code KiB} (1024 bytes, as pre-commit's {@code --maxkb}), {@code MB}/{@code MiB} or {@code
   * GB}/{@code GiB} (any case, spaces allowed). Anything else is an error naming {@code key}.
   */
  public static long parseSize(String key, String text) {
    String t = text.trim().replace(" ", "");
    int i = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i))) {
      i++;
    }
    String unit = t.substring(i).toLowerCase(Locale.ROOT);
    long factor =
        switch (unit) {
          case "", "b" -> 1L;
          case "kb", "kib" -> 1024L;
          case "mb", "mib" -> 1024L * 1024;
          case "gb", "gib" -> 1024L * 1024 * 1024;
          default -> -1L;
        };
    try {
      long n = Long.parseLong(t.substring(0, i));
      if (factor > 0 && n > 0 && n <= Long.MAX_VALUE / factor) {
        return n * factor;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidSettingException(
        key,
        "invalid size '"
            + text.trim()
            + "'; use a positive number of bytes, or with B, KB, KiB, MB, MiB, GB or GiB (e.g. 500KB)");
  }

  /**
   * A list: entries separated by new lines or commas, trimmed, blanks dropped. Empty when not set.
   */
  public List<String> list(String key) {
    return split(key, "[\\n,]");
  }

  /**
   * A list of lines: entries separated by new lines only (for values that may hold commas, such as
   * patterns), trimmed, blanks dropped.
   */
  public List<String> lines(String key) {
    return split(key, "\\n");
  }

  private List<String> split(String key, String separator) {
    List<String> out = new ArrayList<>();
    String v = values.get(key);
    if (v == null) {
      return out;
    }
    for (String part : v.replace("\r\n", "\n").split(separator, -1)) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return List.copyOf(out);
  }

  /**
   * One of the given choices (compared without case), or {@code defaultValue} when not set.
   *
   * @return the matching choice as listed
   */
  public String choice(String key, String defaultValue, List<String> choices) {
    Optional<String> v = value(key);
    if (v.isEmpty()) {
      return defaultValue;
    }
    for (String c : choices) {
      if (c.equalsIgnoreCase(v.get())) {
        return c;
      }
    }
    throw new InvalidSettingException(
        key, "unknown value '" + v.get() + "'; use one of: " + String.join(", ", choices));
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
