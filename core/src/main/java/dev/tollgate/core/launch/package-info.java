/**
 * How Tollgate starts Maven ({@link dev.tollgate.core.launch.MavenLaunch}): which executable and
 * which of the running build's options the child gets. Bottom layer: plain values, imports nothing
 * else in core, no Maven API.
 */
package dev.tollgate.core.launch;
