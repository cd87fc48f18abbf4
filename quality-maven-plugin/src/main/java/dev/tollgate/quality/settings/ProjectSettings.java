package dev.tollgate.quality.settings;

import dev.tollgate.core.settings.Settings;
import dev.tollgate.maven.MojoSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.maven.lifecycle.internal.MojoDescriptorCreator;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The effective configuration of this plugin in a project, keyed by {@code tollgate.*} property,
 * computed one way for {@code quality:check}, the extension and the hooks: the plugin-level {@code
 * <configuration>}, then every {@code <execution>}'s own {@code <configuration>} in pom order (an
 * execution wins over the plugin level; when two executions set one property differently, the later
 * one wins and a warning names both), then the pom's {@code <properties>}, then the descriptor's
 * defaults. An element is mapped to a property through the parameters of the goals its execution
 * runs, or, when none of them has it (and at plugin level), of every goal. One-off {@code -D}
 * options are not part of it: they apply to the build they are given to.
 */
public final class ProjectSettings {

  private ProjectSettings() {}

  /**
   * The configured elements by property, plugin level and executions merged.
   *
   * @param plugin the plugin in the project's build, or {@code null}
   * @param warn receives a line when two executions disagree
   */
  public static Map<String, Xpp3Dom> configured(
      PluginDescriptor descriptor, Plugin plugin, Consumer<String> warn) {
    Map<String, Xpp3Dom> out = new TreeMap<>();
    if (plugin == null) {
      return out;
    }
    Xpp3Dom top = (Xpp3Dom) plugin.getConfiguration();
    if (top != null) {
      for (Xpp3Dom child : top.getChildren()) {
        properties(descriptor, List.of(), child.getName()).forEach(p -> out.put(p, child));
      }
    }
    Map<String, String> setBy = new HashMap<>();
    for (PluginExecution execution : plugin.getExecutions()) {
      Xpp3Dom own = (Xpp3Dom) execution.getConfiguration();
      if (own == null) {
        continue;
      }
      for (Xpp3Dom child : own.getChildren()) {
        Xpp3Dom inherited = top == null ? null : top.getChild(child.getName());
        if (child.equals(inherited)) {
          continue; // Maven copies the plugin level into every execution
        }
        for (String property : properties(descriptor, execution.getGoals(), child.getName())) {
          String earlier = setBy.put(property, execution.getId());
          if (earlier != null && !child.equals(out.get(property))) {
            warn.accept(
                "Tollgate: executions '"
                    + earlier
                    + "' and '"
                    + execution.getId()
                    + "' set <"
                    + child.getName()
                    + "> differently; the hooks and quality:check use the later one");
          }
          out.put(property, child);
        }
      }
    }
    return out;
  }

  /**
   * The settings the hooks record: the configured values, then the pom's {@code tollgate.*}
   * properties, then the defaults.
   */
  public static Settings forHooks(
      PluginDescriptor descriptor,
      Plugin plugin,
      Properties projectProperties,
      Consumer<String> warn) {
    Map<String, String> values = new TreeMap<>();
    for (MojoDescriptor mojo : descriptor.getMojos()) {
      for (Parameter p : parameters(mojo)) {
        String property = MojoSettings.property(p);
        String value = p.getDefaultValue();
        if (property != null && value != null && !value.contains("${")) {
          values.putIfAbsent(property, value);
        }
      }
    }
    values.putAll(tollgateProperties(projectProperties));
    configured(descriptor, plugin, warn).forEach((k, v) -> values.put(k, text(v)));
    return Settings.of(values);
  }

  /**
   * A goal's configuration as {@code quality:check} runs it: the configured elements of its
   * parameters, then its defaults (what Maven does for an execution of its own).
   */
  public static Xpp3Dom configurationFor(MojoDescriptor mojo, Map<String, Xpp3Dom> configured) {
    Xpp3Dom own = new Xpp3Dom("configuration");
    for (Parameter p : parameters(mojo)) {
      String property = MojoSettings.property(p);
      Xpp3Dom node = property == null ? null : configured.get(property);
      if (node != null) {
        own.addChild(new Xpp3Dom(node, p.getName()));
      }
    }
    return Xpp3Dom.mergeXpp3Dom(own, MojoDescriptorCreator.convert(mojo));
  }

  /** The {@code tollgate.*} entries of a set of properties. */
  public static Map<String, String> tollgateProperties(Properties properties) {
    Map<String, String> out = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("tollgate.")) {
        out.put(key, properties.getProperty(key));
      }
    }
    return out;
  }

  private static Set<String> properties(
      PluginDescriptor descriptor, List<String> goals, String name) {
    Set<String> own = new LinkedHashSet<>();
    Set<String> any = new LinkedHashSet<>();
    for (MojoDescriptor mojo : descriptor.getMojos()) {
      for (Parameter p : parameters(mojo)) {
        String property = MojoSettings.property(p);
        if (property != null && (name.equals(p.getName()) || name.equals(p.getAlias()))) {
          (goals.contains(mojo.getGoal()) ? own : any).add(property);
        }
      }
    }
    return own.isEmpty() ? any : own;
  }

  private static List<Parameter> parameters(MojoDescriptor mojo) {
    return mojo.getParameters() == null ? List.of() : mojo.getParameters();
  }

  /** A configured value as text: its value, or its children's values one per line. */
  static String text(Xpp3Dom node) {
    if (node.getChildCount() == 0) {
      return node.getValue() == null ? "" : node.getValue().trim();
    }
    List<String> lines = new ArrayList<>();
    for (Xpp3Dom child : node.getChildren()) {
      Xpp3Dom name = child.getChild("name");
      Xpp3Dom id = child.getChild("id");
      if (id != null && name == null) {
        // a <task>: one <id>.<element>=<value> line per element (see core's TaskDefinitions)
        for (Xpp3Dom element : child.getChildren()) {
          lines.add(text(id) + "." + element.getName() + "=" + oneLine(element));
        }
      } else if (name != null) {
        Xpp3Dom value = child.getChild("value");
        lines.add(text(name) + "=" + (value == null ? "" : text(value)));
      } else {
        lines.add(text(child));
      }
    }
    return String.join("\n", lines);
  }

  /** An element's value on one line: lines of {@code <files>} become commas, others spaces. */
  static String oneLine(Xpp3Dom element) {
    String separator = element.getName().equals("files") ? "," : " ";
    return text(element).replaceAll("\\s*\\R\\s*", separator);
  }
}
