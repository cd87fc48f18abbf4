package dev.tollgate.quality.settings;

import dev.tollgate.core.settings.Settings;
import java.io.File;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;

/**
 * A goal's parameters as {@link Settings}: every parameter bound to a {@code tollgate.*} property
 * (its expression in the plugin descriptor) is read from the field Maven injected, keyed by that
 * property. Maven has already applied the execution's configuration, {@code -D}, the pom's
 * properties and the default, so the goal hands core the same text a hook reads from {@code
 * hooks.properties}. Lists become one entry per line; booleans are declared as text so that core,
 * not Maven's lenient converter, decides what {@code yes} means.
 */
public final class MojoSettings {

  private MojoSettings() {}

  /**
   * Reads the settings of a goal.
   *
   * @param mojo the goal, its parameters injected
   * @param descriptor the goal's descriptor (parameter name to expression)
   */
  public static Settings of(Object mojo, MojoDescriptor descriptor) {
    Map<String, String> values = new LinkedHashMap<>();
    if (descriptor.getParameters() != null) {
      for (Parameter p : descriptor.getParameters()) {
        String property = ProjectSettings.property(p);
        if (property != null) {
          String text = text(read(mojo, p.getName()));
          if (text != null) {
            values.put(property, text);
          }
        }
      }
    }
    return Settings.of(values);
  }

  private static Object read(Object mojo, String name) {
    for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(mojo);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read parameter " + name, e);
      }
    }
    return null;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }
    if (value instanceof File file) {
      return file.getPath();
    }
    return value.toString();
  }
}
