/**
 * A release as an ordered plan of steps, each with execute, simulate (dry-run) and undo: prepare
 * (version edits, commit, tag), rollback and perform (atomic push).
 */
package dev.tollgate.core.release;
