/**
 * The quality plugin as a Maven extension: binds {@code quality:check} to {@code validate} once per
 * reactor and installs the git hooks at build start.
 */
package dev.tollgate.quality.extension;
