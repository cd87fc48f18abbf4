package dev.tollgate.core.commits;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lints commit messages against a {@link CommitLintConfig}. Pure and thread-safe; build one per
 * configuration (patterns are compiled once) and call it for each message.
 *
 * <p>A header that is not {@code type(scope): subject} gives one finding, under {@code type-empty}
 * (or {@code subject-empty} when only the subject is missing), with the parse error and its column.
 */
public final class CommitLinter {

  /** The rule id of the finding for a fixup/squash/amend commit when those are rejected. */
  public static final String FIXUP_RULE = "fixup-commit";

  private record Active(
      CommitRule rule, Severity severity, boolean never, String value, Object compiled) {}

  private final CommitLintConfig config;
  private final List<Active> active = new ArrayList<>();
  private final List<Pattern> ignorePatterns = new ArrayList<>();
  private final List<String> types;

  /**
   * Prepares a linter.
   *
   * @throws IllegalArgumentException when a rule value or ignore pattern is invalid, naming it
   */
  public CommitLinter(CommitLintConfig config) {
    this.config = config;
    for (Map.Entry<String, RuleSetting> e : config.rules().entrySet()) {
      CommitRule rule = CommitRule.byId(e.getKey());
      RuleSetting s = e.getValue();
      if (rule == null || s.level() == RuleLevel.OFF) {
        continue;
      }
      Object compiled = rule.compile(s.value());
      active.add(
          new Active(rule, s.level().severity().orElseThrow(), s.never(), s.value(), compiled));
    }
    for (String p : config.ignores().patterns()) {
      try {
        ignorePatterns.add(Pattern.compile(p));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "invalid ignore pattern '" + p + "': " + e.getDescription());
      }
    }
    types = config.allowedTypes();
  }

  /** The configuration this linter applies. */
  public CommitLintConfig config() {
    return config;
  }

  /**
   * Lints one message as a hook does: no commit id, merges recognised by git's message text.
   * Ignored messages give no findings.
   */
  public List<Finding> lint(String message) {
    ParsedMessage parsed = CommitMessageParser.parse(message);
    if (ignoreReason(parsed, -1).isPresent()) {
      return List.of();
    }
    return lint(parsed, Location.nowhere());
  }

  /**
   * Lints one commit of a range; ignored commits give no findings.
   *
   * @param commitId the full commit id (findings show it abbreviated)
   * @param message the commit message, decoded with the commit's encoding
   * @param parentCount the number of parents (2 or more is a merge)
   */
  public List<Finding> lint(String commitId, String message, int parentCount) {
    ParsedMessage parsed = CommitMessageParser.parse(message);
    if (ignoreReason(parsed, parentCount).isPresent()) {
      return List.of();
    }
    return lint(parsed, Location.commit(commitId));
  }

  /**
   * Why a message is not linted, or empty when it is.
   *
   * @param parentCount the commit's parent count, or -1 when unknown (hook mode: merges are then
   *     recognised by git's message text)
   */
  public Optional<String> ignoreReason(ParsedMessage parsed, int parentCount) {
    Ignores ignores = config.ignores();
    boolean merge = parentCount >= 0 ? parentCount > 1 : parsed.kind() == CommitKind.MERGE;
    if (merge && ignores.merges()) {
      return Optional.of("merge commit");
    }
    if (parsed.kind() == CommitKind.REVERT && ignores.reverts()) {
      return Optional.of("git revert");
    }
    if (parsed.kind().isAutosquash() && ignores.fixups()) {
      return Optional.of(parsed.kind().name().toLowerCase() + "! commit");
    }
    for (Pattern p : ignorePatterns) {
      if (p.matcher(parsed.header()).find()) {
        return Optional.of("matches ignore pattern " + p.pattern());
      }
    }
    return Optional.empty();
  }

  /** Applies every active rule to a parsed message (no ignores). */
  public List<Finding> lint(ParsedMessage parsed, Location where) {
    List<Finding> findings = new ArrayList<>(2);
    String header = quote(parsed.header());
    if (parsed.kind().isAutosquash() && !config.ignores().fixups()) {
      findings.add(
          new Finding(
              FIXUP_RULE,
              Severity.ERROR,
              where,
              header
                  + " is a "
                  + parsed.kind().name().toLowerCase()
                  + "! commit, which must not land",
              "squash it into the commit it fixes: git rebase -i --autosquash <base>"));
      return findings;
    }
    if (parsed instanceof ParseError error) {
      Active reporter = parseErrorRule(error);
      if (reporter != null) {
        findings.add(
            new Finding(
                reporter.rule().id(),
                reporter.severity(),
                where,
                header + " is not 'type(scope): subject': " + error.explanation(),
                "write the header as " + example(parsed) + typeList()));
      }
    }
    for (Active a : active) {
      Boolean holds = a.rule().holds(parsed, a.compiled());
      if (holds == null || holds != a.never()) {
        continue;
      }
      findings.add(
          new Finding(
              a.rule().id(),
              a.severity(),
              where,
              header + " " + a.rule().requirement(a.never(), a.value()),
              hint(a, parsed)));
    }
    return findings;
  }

  private Active parseErrorRule(ParseError error) {
    String first =
        error.problem() == ParseError.Problem.EMPTY_DESCRIPTION ? "subject-empty" : "type-empty";
    String second = first.equals("type-empty") ? "subject-empty" : "type-empty";
    Active found = find(first);
    return found != null ? found : find(second);
  }

  private Active find(String id) {
    for (Active a : active) {
      if (a.rule().id().equals(id) && a.never()) {
        return a;
      }
    }
    return null;
  }

  private String hint(Active a, ParsedMessage parsed) {
    String v = a.value();
    return switch (a.rule()) {
      case TYPE_ENUM, TYPE_CASE, TYPE_EMPTY -> "use a header like " + example(parsed) + typeList();
      case SUBJECT_CASE, SUBJECT_FULL_STOP, SUBJECT_EMPTY -> "write it as " + example(parsed);
      case HEADER_MAX_LENGTH ->
          "shorten the header to " + v + " characters; details go in the body";
      case HEADER_TRIM -> "remove the spaces around the header";
      case HEADER_PATTERN -> "write a header that matches " + v;
      case BODY_LEADING_BLANK -> "add a blank line between the header and the body";
      case FOOTER_LEADING_BLANK -> "add a blank line before the footers";
      case BODY_MAX_LINE_LENGTH, FOOTER_MAX_LINE_LENGTH -> "wrap lines at " + v + " characters";
      case SUBJECT_MAX_LENGTH -> "shorten the subject to " + v + " characters";
      case SCOPE_EMPTY -> a.never() ? "add a scope, e.g. " + withScope(parsed) : "drop the scope";
      case SCOPE_ENUM -> "use scopes from: " + String.join(", ", CommitRule.splitList(v));
      case REFERENCES_PATTERN -> "mention the issue, e.g. a footer 'Refs: #123'";
      case SIGNED_OFF_BY -> "sign off the commit: git commit --amend -s";
    };
  }

  /** The example header with a scope: the first of scope-enum, else {@code core}. */
  private String withScope(ParsedMessage parsed) {
    String scope = "core";
    for (Active a : active) {
      if (a.rule() == CommitRule.SCOPE_ENUM && !a.never()) {
        String[] scopes = CommitRule.splitList(a.value());
        if (scopes.length > 0) {
          scope = scopes[0];
        }
      }
    }
    String plain = example(parsed);
    int colon = plain.indexOf(':');
    return plain.substring(0, colon) + "(" + scope + ")" + plain.substring(colon);
  }

  private String typeList() {
    return types.isEmpty() ? "" : "; allowed types: " + String.join(", ", types);
  }

  /** A header close to the given one that the default rules accept, quoted. */
  private String example(ParsedMessage parsed) {
    String fallbackType = types.isEmpty() ? "fix" : types.contains("fix") ? "fix" : types.get(0);
    String type;
    String scope = "";
    String subject;
    if (parsed instanceof ConventionalCommit c) {
      String lower = c.type().toLowerCase();
      type = types.isEmpty() || types.contains(lower) ? lower : fallbackType;
      scope = c.scope().isEmpty() ? "" : "(" + c.scope() + ")";
      subject = c.subject();
    } else {
      type = fallbackType;
      String h = parsed.header().strip();
      int colon = h.indexOf(':');
      subject = colon >= 0 && colon < 20 ? h.substring(colon + 1).strip() : h;
    }
    while (subject.endsWith(".")) {
      subject = subject.substring(0, subject.length() - 1);
    }
    if (subject.isBlank()) {
      subject = "describe the change";
    }
    subject = Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
    if (subject.length() > 60) {
      subject = subject.substring(0, 60).strip();
    }
    return "'" + type + scope + ": " + subject + "'";
  }

  private static String quote(String header) {
    String h = header.length() > 120 ? header.substring(0, 117) + "..." : header;
    return "'" + h + "'";
  }
}
