package dev.tollgate.docs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders a plugin descriptor as Markdown: an index page and one page per goal. */
final class GoalReferenceRenderer {

  private static final Pattern CODE = Pattern.compile("<code>(.*?)</code>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  private GoalReferenceRenderer() {}

  /** File name (relative to docs/reference/) to content. */
  static Map<String, String> render(PluginDescriptor plugin) {
    Map<String, String> pages = new LinkedHashMap<>();
    StringBuilder index = new StringBuilder();
    index.append("# ").append(plugin.artifactId()).append(" — goal reference\n\n");
    index.append(GENERATED);
    index.append(markdown(plugin.description())).append("\n\n");
    index.append("Goal prefix: `").append(plugin.goalPrefix()).append("`\n\n");
    index.append("| goal | description |\n|---|---|\n");
    for (PluginDescriptor.Goal goal : plugin.goals()) {
      String page = plugin.goalPrefix() + "-" + goal.name() + ".md";
      index
          .append("| [`")
          .append(plugin.goalPrefix())
          .append(':')
          .append(goal.name())
          .append("`](")
          .append(page)
          .append(") | ")
          .append(cell(firstSentence(goal.description())))
          .append(" |\n");
      pages.put(page, goalPage(plugin, goal));
    }
    pages.put(plugin.artifactId() + ".md", index.toString());
    return pages;
  }

  private static final String GENERATED =
      "<!-- Generated from the plugin descriptor by the docs module; do not edit. Regenerate with"
          + " ./mvnw -pl docs -am verify -Dtollgate.docs.update=true -->\n\n";

  private static String goalPage(PluginDescriptor plugin, PluginDescriptor.Goal goal) {
    StringBuilder out = new StringBuilder();
    out.append("# `").append(plugin.goalPrefix()).append(':').append(goal.name()).append("`\n\n");
    out.append(GENERATED);
    out.append(markdown(goal.description())).append("\n\n");
    out.append("- Default phase: ")
        .append(
            goal.phase().isEmpty() ? "none (run from the command line)" : "`" + goal.phase() + "`")
        .append('\n');
    out.append("- Requires a project: ").append(goal.requiresProject() ? "yes" : "no").append('\n');
    out.append("- Thread-safe: ").append(goal.threadSafe() ? "yes" : "no").append('\n');
    if (goal.aggregator()) {
      out.append("- Runs once per reactor (aggregator)\n");
    }
    out.append('\n');
    if (goal.parameters().isEmpty()) {
      out.append("This goal has no parameters.\n");
      return out.toString();
    }
    out.append("## Parameters\n\n");
    out.append("| name | type | user property | default | description |\n|---|---|---|---|---|\n");
    for (PluginDescriptor.Param p : goal.parameters()) {
      out.append("| `")
          .append(p.name())
          .append('`')
          .append(p.required() ? " (required)" : "")
          .append(" | ")
          .append(p.type())
          .append(" | ")
          .append(p.property().isEmpty() ? "" : "`" + p.property() + "`")
          .append(" | ")
          .append(p.defaultValue().isEmpty() ? "" : "`" + cell(p.defaultValue()) + "`")
          .append(" | ")
          .append(cell(markdown(p.description())))
          .append(" |\n");
    }
    return out.toString();
  }

  static String markdown(String html) {
    Matcher m = CODE.matcher(html);
    String withCode = m.replaceAll(r -> Matcher.quoteReplacement("`" + r.group(1) + "`"));
    String text = TAG.matcher(withCode).replaceAll("");
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  private static String firstSentence(String html) {
    String text = markdown(html).replace('\n', ' ');
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n\n", "<br>").replace('\n', ' ');
  }
}
