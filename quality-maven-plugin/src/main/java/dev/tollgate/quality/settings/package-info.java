/**
 * The plugin side of the settings model: a goal's parameters as {@link
 * dev.tollgate.core.settings.Settings} ({@link dev.tollgate.quality.settings.MojoSettings}), and
 * the effective configuration of the plugin in a project for {@code quality:check}, the extension
 * and the hooks ({@link dev.tollgate.quality.settings.ProjectSettings}).
 */
package dev.tollgate.quality.settings;
