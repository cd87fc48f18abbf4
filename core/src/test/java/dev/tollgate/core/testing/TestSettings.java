package dev.tollgate.core.testing;

import dev.tollgate.core.settings.Settings;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings for tests, written as alternating property names and values. */
public final class TestSettings {

  private TestSettings() {}

  /**
   * The settings holding {@code keyValues}: name, value, name, value, …
   *
   * @throws IllegalArgumentException when a name has no value
   */
  public static Settings settings(String... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put(keyValues[i], keyValues[i + 1]);
    }
    return Settings.of(values);
  }
}
