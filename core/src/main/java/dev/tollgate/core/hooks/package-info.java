/**
 * Git hooks: installing Tollgate's marked block into {@code pre-commit}, {@code commit-msg} and
 * {@code pre-push} without clobbering what a user wrote, removing it again byte for byte, and the
 * fast runner ({@link dev.tollgate.core.hooks.HookMain}) the installed hooks start without Maven.
 */
package dev.tollgate.core.hooks;
