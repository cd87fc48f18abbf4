package dev.tollgate.quality;

import dev.tollgate.core.settings.Settings;
import dev.tollgate.maven.MojoSettings;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal of this plugin shares: its parameters as {@link Settings}, keyed by their {@code
 * tollgate.*} property names, built in one place ({@link MojoSettings}). A goal reads its
 * parameters only through {@link #settings()}, so a value means what it means in a hook.
 */
abstract class AbstractTollgateMojo extends AbstractMojo {

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  private Settings settings;

  /** This goal's name, e.g. {@code commits}. */
  protected final String goal() {
    return mojoExecution == null ? "goal" : mojoExecution.getGoal();
  }

  /** This goal's parameters, by property name. */
  protected final Settings settings() {
    if (settings == null) {
      settings = MojoSettings.of(this, mojoExecution.getMojoDescriptor());
    }
    return settings;
  }
}
