/**
 * The one pattern language for everything a user writes to select paths, branches or Maven
 * coordinates: {@link dev.tollgate.core.pattern.GlobPattern}, compiled through RE2/J (linear time).
 * Imports nothing else in core.
 */
package dev.tollgate.core.pattern;
