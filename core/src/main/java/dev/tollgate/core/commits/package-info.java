/**
 * Conventional Commits: the message parser and the commit-message rules.
 *
 * <p>The API other modules rely on (names kept stable):
 *
 * <ul>
 *   <li>{@link dev.tollgate.core.commits.CommitMessageParser#parse(String)}: pure, total, linear
 *       time. Returns a {@link dev.tollgate.core.commits.ParsedMessage}, which is either a {@link
 *       dev.tollgate.core.commits.ConventionalCommit} ({@code type()}, {@code scope()}, {@code
 *       scopes()}, {@code bang()}, {@code description()}/{@code subject()}, {@code breaking()},
 *       {@code breakingDescription()}, {@code body()}, {@code footers()}, {@code kind()}, {@code
 *       isRelease()}) or a {@link dev.tollgate.core.commits.ParseError} ({@code problem()}, {@code
 *       column()}, {@code explanation()}). Both expose {@code parts()}: a {@link
 *       dev.tollgate.core.commits.MessageParts} with the normalised text, header, body, footers and
 *       {@link dev.tollgate.core.commits.CommitKind}.
 *   <li>{@link dev.tollgate.core.commits.CommitKind}: {@code NORMAL}, {@code MERGE} (git's merge
 *       message text), {@code REVERT} (git's {@code Revert "…"}/{@code Reapply "…"}), {@code
 *       FIXUP}/{@code SQUASH}/{@code AMEND}, {@code RELEASE} ({@code chore(release): v1.2.3}).
 *   <li>{@link dev.tollgate.core.commits.Footer}: {@code token()}, {@code separator()}, {@code
 *       value()}, {@code isBreakingChange()}.
 *   <li>{@link dev.tollgate.core.commits.CommitLintConfig}: the rule configuration as a value;
 *       {@code conventional()}, {@code preset("commitizen")}, {@code from(Settings, warn)} (the
 *       {@code tollgate.commits.*} settings: {@code preset}, {@code rules}, {@code ignoreMerges},
 *       {@code ignoreReverts}, {@code ignoreFixups}, {@code ignorePatterns}), {@code withRule(id,
 *       setting)}, {@code withIgnores(Ignores)}.
 *   <li>{@link dev.tollgate.core.commits.CommitLinter}: {@code new CommitLinter(config)} then
 *       {@code lint(String message)} (hook mode) or {@code lint(commitId, message, parentCount)}
 *       (range mode), both returning {@code List<Finding>}; ignored messages give none.
 *   <li>{@link dev.tollgate.core.commits.GitMessageCleanup#clean(String, String)}: git's default
 *       cleanup of a commit-msg file (comment lines, scissors, blank lines).
 * </ul>
 *
 * <p>A commit-msg hook in a few lines:
 *
 * <pre>{@code
 * String text = GitMessageCleanup.clean(Files.readString(file), commentChar);
 * List<Finding> findings = new CommitLinter(CommitLintConfig.from(settings, log::warn)).lint(text);
 * }</pre>
 *
 * <p>Typical use by a release step:
 *
 * <pre>{@code
 * if (CommitMessageParser.parse(message) instanceof ConventionalCommit c) {
 *   if (c.breaking()) { ... } else if (c.type().equals("feat")) { ... }
 * }
 * }</pre>
 */
package dev.tollgate.core.commits;
