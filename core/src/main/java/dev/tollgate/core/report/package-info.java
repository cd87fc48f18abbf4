/**
 * The findings model shared by every goal and the reporters that render it: Maven log lines, JSON,
 * SARIF 2.1.0 and GitHub Actions workflow commands. Checks produce {@link
 * dev.tollgate.core.report.Finding}s; they never format output themselves. A finding masks every
 * secret in its text ({@link dev.tollgate.core.secrets}), so no output shows one whole.
 */
package dev.tollgate.core.report;
