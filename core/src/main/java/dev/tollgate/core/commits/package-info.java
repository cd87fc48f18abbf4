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
 * </ul>
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
