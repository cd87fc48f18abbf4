/**
 * The project's own tools as hook tasks: the task model read from the {@code tollgate.tasks}
 * setting, which staged (or changed) files make a task relevant, how files are handed on in
 * batches, one Maven start per stage, and setting unstaged changes aside while the tasks run.
 */
package dev.tollgate.core.tasks;
