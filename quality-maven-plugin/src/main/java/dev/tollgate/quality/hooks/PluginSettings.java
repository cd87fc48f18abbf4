package dev.tollgate.quality.hooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The effective {@code tollgate.*} settings of this plugin in a project, keyed by property name, as
 * the hooks need them without Maven: for every goal parameter bound to a {@code tollgate.*}
 * property, the plugin's {@code <configuration>} value when set, else the property from the command
 * line or the pom's {@code <properties>}, else the parameter's default.
 */
public final class PluginSettings {

  private PluginSettings() {}

  /**
   * Computes the settings.
   *
   * @param plugin this plugin's descriptor (its goals and their parameters)
   * @param configuration the plugin-level {@code <configuration>} in the pom, or {@code null}
   * @param projectProperties the pom's properties
   * @param userProperties {@code -D} properties of the build
   */
  public static Map<String, String> effective(
      PluginDescriptor plugin,
      Xpp3Dom configuration,
      Properties projectProperties,
      Properties userProperties) {
    Map<String, String> settings = new TreeMap<>();
    for (MojoDescriptor mojo : plugin.getMojos()) {
      if (mojo.getParameters() == null) {
        continue;
      }
      for (Parameter p : mojo.getParameters()) {
        String property = property(p);
        if (property == null || !property.startsWith("tollgate.")) {
          continue;
        }
        String value = configured(configuration, p);
        if (value == null) {
          value = userProperties.getProperty(property, projectProperties.getProperty(property));
        }
        if (value == null && p.getDefaultValue() != null && !p.getDefaultValue().contains("${")) {
          value = p.getDefaultValue();
        }
        if (value != null && !settings.containsKey(property)) {
          settings.put(property, value);
        }
      }
    }
    // switches that are no goal's parameter (e.g. tollgate.hooks.files) still reach the hooks
    for (Properties props : new Properties[] {projectProperties, userProperties}) {
      for (String key : props.stringPropertyNames()) {
        if (key.startsWith("tollgate.") && !covered(plugin, key)) {
          settings.put(key, props.getProperty(key));
        }
      }
    }
    return settings;
  }

  private static boolean covered(PluginDescriptor plugin, String property) {
    for (MojoDescriptor mojo : plugin.getMojos()) {
      if (mojo.getParameters() != null
          && mojo.getParameters().stream().anyMatch(p -> property.equals(property(p)))) {
        return true;
      }
    }
    return false;
  }

  private static String property(Parameter p) {
    String e = p.getExpression();
    if (e == null || !e.startsWith("${") || !e.endsWith("}")) {
      return null;
    }
    return e.substring(2, e.length() - 1);
  }

  /** A configured value: text, or the children's texts one per line for a list. */
  private static String configured(Xpp3Dom configuration, Parameter p) {
    if (configuration == null) {
      return null;
    }
    Xpp3Dom node = configuration.getChild(p.getName());
    if (node == null && p.getAlias() != null) {
      node = configuration.getChild(p.getAlias());
    }
    if (node == null) {
      return null;
    }
    if (node.getChildCount() == 0) {
      return node.getValue() == null ? null : node.getValue().trim();
    }
    String type = p.getType() == null ? "" : p.getType();
    boolean map = type.endsWith("Map") || type.endsWith("Properties");
    List<String> lines = new ArrayList<>();
    for (Xpp3Dom child : node.getChildren()) {
      if (map && child.getChild("name") != null) {
        // <property><name>k</name><value>v</value></property>
        Xpp3Dom value = child.getChild("value");
        lines.add(text(child.getChild("name")) + "=" + (value == null ? "" : text(value)));
      } else if (map) {
        lines.add(child.getName() + "=" + text(child));
      } else {
        lines.add(text(child));
      }
    }
    return String.join("\n", lines);
  }

  private static String text(Xpp3Dom node) {
    return node.getValue() == null ? "" : node.getValue().trim();
  }
}
