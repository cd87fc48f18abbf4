/**
 * Changelogs from Conventional Commits: pure renderers per style (commitizen, conventional, Keep a
 * Changelog) over plain values, and the lossless insertion of a new release section into an
 * existing changelog.
 */
package dev.tollgate.core.changelog;
