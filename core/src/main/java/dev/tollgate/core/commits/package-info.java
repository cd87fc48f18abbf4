/** Conventional Commits: the message parser and the commit-message rules. */
package dev.tollgate.core.commits;
