package dev.tollgate.core.commits;

import java.util.List;
import java.util.Objects;

/**
 * A message whose header is a well-formed Conventional Commits 1.0.0 header: {@code type(scope)!:
 * description}.
 *
 * @param type the type as written, e.g. {@code feat} (case kept; rules judge it)
 * @param scope the text between the parentheses, as written; empty when there is no scope
 * @param scopes the scope split on {@code ,} and trimmed: {@code (api, @angular/cli)} gives {@code
 *     [api, @angular/cli]}; empty when there is no scope
 * @param bang whether the header has {@code !} before the colon
 * @param description the text after {@code ": "}, without surrounding spaces (commitlint calls it
 *     the subject)
 * @param breaking whether the commit is a breaking change: {@code !} or a {@code BREAKING CHANGE} /
 *     {@code BREAKING-CHANGE} footer
 * @param breakingDescription the first breaking-change footer's value, else the description when
 *     the header has {@code !}; empty when not breaking
 * @param parts the header, body, footers and kind
 */
public record ConventionalCommit(
    String type,
    String scope,
    List<String> scopes,
    boolean bang,
    String description,
    boolean breaking,
    String breakingDescription,
    MessageParts parts)
    implements ParsedMessage {

  public ConventionalCommit {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(breakingDescription, "breakingDescription");
    Objects.requireNonNull(parts, "parts");
    scopes = List.copyOf(scopes);
  }

  /** The description, by commitlint's name. */
  public String subject() {
    return description;
  }

  /** Whether this is a release commit as Tollgate writes it ({@code chore(release): v1.2.3}). */
  public boolean isRelease() {
    return parts.kind() == CommitKind.RELEASE;
  }

  /** The header rebuilt from its parts: {@code type(scope)!: description}. */
  public String formatHeader() {
    return type
        + (scope.isEmpty() ? "" : "(" + scope + ")")
        + (bang ? "!" : "")
        + ": "
        + description;
  }
}
