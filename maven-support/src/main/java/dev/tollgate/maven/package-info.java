/**
 * The Maven side both Tollgate plugins share, kept out of core (which has no Maven API): a goal's
 * parameters, read through its plugin descriptor, as core's {@link
 * dev.tollgate.core.settings.Settings} ({@link dev.tollgate.maven.MojoSettings}).
 */
package dev.tollgate.maven;
