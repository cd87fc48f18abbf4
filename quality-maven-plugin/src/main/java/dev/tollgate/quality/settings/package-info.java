/**
 * The quality plugin's side of the settings model (a goal's own parameters are read by the shared
 * {@link dev.tollgate.maven.MojoSettings}): the effective configuration of the plugin in a project
 * for {@code quality:check}, the extension and the hooks ({@link
 * dev.tollgate.quality.settings.ProjectSettings}), the goals {@code quality:check} runs and the
 * hooks' module scopes.
 */
package dev.tollgate.quality.settings;
