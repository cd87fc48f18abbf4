/** The only place that talks to git (through JGit): repositories, revision ranges, hooks. */
package dev.tollgate.core.git;
