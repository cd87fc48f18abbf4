/**
 * Pins of the tools around the build that are not Maven's: GitHub Actions, container images,
 * pre-commit hook revisions and runtime versions (JDK, Node). Pure scanners over file text return
 * findings at file:line:col; {@link dev.tollgate.core.tools.ToolPinCheck} finds and reads the
 * files, {@link dev.tollgate.core.tools.ActionPinFix} pins actions to commits through the git
 * gateway.
 */
package dev.tollgate.core.tools;
