package dev.tollgate.core.pom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of expanding the {@code ${...}} references in a version text.
 *
 * @param value the expanded text, or {@code null} when a property is undefined or circular
 * @param used the definitions the expansion went through, outermost first
 * @param undefined the first property that is not defined (or is circular), else {@code null}
 */
public record PropertyResolution(String value, List<PropertyDefinition> used, String undefined) {

  private static final int MAX_DEPTH = 16;

  public PropertyResolution {
    used = List.copyOf(used);
  }

  /** Whether every reference was expanded. */
  public boolean resolved() {
    return value != null;
  }

  /** Expands every {@code ${name}} in {@code text} with {@code properties}, recursively. */
  public static PropertyResolution resolve(
      String text, Map<String, PropertyDefinition> properties) {
    Objects.requireNonNull(text, "text");
    ArrayList<PropertyDefinition> used = new ArrayList<>();
    String[] undefined = new String[1];
    String value = expand(text, properties, used, undefined, 0);
    return new PropertyResolution(value, used, undefined[0]);
  }

  private static String expand(
      String text,
      Map<String, PropertyDefinition> properties,
      List<PropertyDefinition> used,
      String[] undefined,
      int depth) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("${", i);
      if (start < 0) {
        out.append(text, i, text.length());
        break;
      }
      int end = text.indexOf('}', start + 2);
      if (end < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, start);
      String name = text.substring(start + 2, end).trim();
      PropertyDefinition definition = properties.get(name);
      if (definition == null || depth >= MAX_DEPTH) {
        undefined[0] = name;
        return null;
      }
      used.add(definition);
      String inner = expand(definition.value(), properties, used, undefined, depth + 1);
      if (inner == null) {
        return null;
      }
      out.append(inner);
      i = end + 1;
    }
    return out.toString();
  }
}
