package dev.tollgate.maven;

import dev.tollgate.core.settings.Settings;
import java.io.File;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;

/**
 * A goal's parameters as {@link Settings}, the one way both plugins read them: every parameter
 * bound to a {@code tollgate.*} property (its expression in the plugin descriptor) is read from the
 * field Maven injected, keyed by that property. Maven has already applied the execution's
 * configuration, {@code -D}, the pom's properties and the default, so the goal hands core the same
 * text a hook reads from {@code hooks.properties}. Lists become one entry per line; booleans are
 * declared as text so that core, not Maven's lenient converter, decides what {@code yes} means. A
 * goal's parameters are whatever its descriptor lists: a new parameter needs no second list.
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
    return of(mojo, descriptor, new Properties());
  }

  /**
   * Reads the settings of a goal, taking a {@code -D} value that holds {@code ${} as typed: Maven
   * evaluates a user property a second time, so {@code -Dtollgate.tagFormat=${version}} would reach
   * the goal as nothing (or {@code v${version}} as {@code vnull}); the session's user property
   * still holds the text. This applies to every {@code tollgate.*} parameter of the goal.
   *
   * @param mojo the goal, its parameters injected
   * @param descriptor the goal's descriptor (parameter name to expression)
   * @param userProperties the session's user properties ({@code -D}), as typed
   */
  public static Settings of(Object mojo, MojoDescriptor descriptor, Properties userProperties) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Parameter p : parameters(descriptor)) {
      String property = property(p);
      if (property == null) {
        continue;
      }
      String typed = userProperties.getProperty(property);
      String text = typed != null && typed.contains("${") ? typed : text(read(mojo, p.getName()));
      if (text != null) {
        values.put(property, text);
      }
    }
    return Settings.of(values);
  }

  /** The {@code tollgate.*} properties of a goal's parameters, in descriptor order. */
  public static List<String> properties(MojoDescriptor descriptor) {
    return parameters(descriptor).stream()
        .map(MojoSettings::property)
        .filter(p -> p != null)
        .toList();
  }

  /** The {@code tollgate.*} property a parameter is bound to, or {@code null}. */
  public static String property(Parameter p) {
    String e = p.getExpression();
    if (e == null || !e.startsWith("${tollgate.") || !e.endsWith("}")) {
      return null;
    }
    return e.substring(2, e.length() - 1);
  }

  private static List<Parameter> parameters(MojoDescriptor descriptor) {
    return descriptor.getParameters() == null ? List.of() : descriptor.getParameters();
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
    throw new IllegalStateException(
        "parameter " + name + " of the descriptor is no field of " + mojo.getClass().getName());
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
