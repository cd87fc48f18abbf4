/**
 * The only place that talks to git (through JGit). {@link dev.tollgate.core.git.GitRepository} is
 * the one gateway: every repository is opened there, with an index facet ({@link
 * dev.tollgate.core.git.TrackedFiles}) and a write facet ({@link dev.tollgate.core.git.GitWrites});
 * {@link dev.tollgate.core.git.GitLayout} finds a repository's directories without JGit, for the
 * hooks' fast path. Every failure is a {@link dev.tollgate.core.git.GitException}.
 */
package dev.tollgate.core.git;
