/**
 * One settings model: every goal, {@code quality:check}, the build extension and the installed
 * hooks read their configuration as one map keyed by the documented {@code tollgate.*} property
 * names, through {@link dev.tollgate.core.settings.Settings}, the only parser of booleans, levels,
 * sizes, numbers and lists. Imports nothing else in core.
 */
package dev.tollgate.core.settings;
