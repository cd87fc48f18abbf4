package dev.tollgate.core.pom;

/** What a versioned declaration is, in the words a user reads in a finding. */
public enum DeclarationKind {
  PLUGIN("plugin", true),
  MANAGED_PLUGIN("pluginManagement plugin", true),
  REPORT_PLUGIN("reporting plugin", true),
  PLUGIN_DEPENDENCY("plugin dependency", false),
  EXTENSION("build extension", true),
  CORE_EXTENSION("core extension", true),
  DEPENDENCY("dependency", false),
  MANAGED_DEPENDENCY("dependencyManagement dependency", false);

  private final String label;
  private final boolean tool;

  DeclarationKind(String label, boolean tool) {
    this.label = label;
    this.tool = tool;
  }

  /** The words used in messages, e.g. {@code reporting plugin}. */
  public String label() {
    return label;
  }

  /** Whether this is a plugin or extension (what {@code bannedPlugins} applies to). */
  public boolean tool() {
    return tool;
  }
}
