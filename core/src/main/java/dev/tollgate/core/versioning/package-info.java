/** Semantic versions, bump policies and release tags. */
package dev.tollgate.core.versioning;
