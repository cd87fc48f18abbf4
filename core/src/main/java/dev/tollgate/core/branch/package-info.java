/**
 * Protected branches: which branch names may not receive commits or direct pushes, and the checks
 * for the current branch ({@code quality:branch}, the pre-commit hook) and for git's pre-push
 * updates.
 */
package dev.tollgate.core.branch;
