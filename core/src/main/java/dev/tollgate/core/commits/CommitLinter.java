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
   * Lints one message with merges recognised by text only (parent count unknown). Ignored messages
   * give no findings.
   */
  public List<Finding> lint(String message) {
    ParsedMessage parsed = CommitMessageParser.parse(message);
    if (ignoreReason(parsed, -1).isPresent()) {
      return List.of();
    }
    return lint(parsed, Location.nowhere());
  }

  /**
   * Lints the message of a commit being made, as the commit-msg hook and {@code quality:commit-msg}
   * do: a merge is recognised by {@code merging} ({@code MERGE_HEAD} exists) or its text; {@code
   * fixup!}/{@code squash!}/{@code amend!} commits always pass (they are made to be squashed;
   * {@code ignoreFixups=false} guards ranges); an empty message gives no findings, since git aborts
   * the commit itself.
   *
   * @param message the message after git's cleanup
   * @param merging whether the commit being made is a merge
   * @param where where findings point
   */
  public List<Finding> lintCommitBeingMade(String message, boolean merging, Location where) {
    ParsedMessage parsed = CommitMessageParser.parse(message);
    if (parsed instanceof ParseError e && e.problem() == ParseError.Problem.EMPTY_MESSAGE) {
      return List.of();
    }
    if (ignoreReason(parsed, merging ? 2 : 1, true).isPresent()) {
      return List.of();
    }
    return lint(parsed, where);
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
   * @param parentCount the commit's parent count, or -1 when unknown (merges are then recognised by
   *     their text only)
   */
  public Optional<String> ignoreReason(ParsedMessage parsed, int parentCount) {
    return ignoreReason(parsed, parentCount, false);
  }

  private Optional<String> ignoreReason(
      ParsedMessage parsed, int parentCount, boolean fixupsAllowed) {
    Ignores ignores = config.ignores();
    String text = parsed.parts().text();
    boolean cz = ignores.texts() == Ignores.Texts.COMMITIZEN;
    if (cz) {
      // cz check strips the message before it compares the prefixes
      text = text.strip();
    }
    boolean mergeText =
        cz
            ? text.startsWith("Merge") || text.startsWith("Pull request")
            : DefaultIgnores.isMerge(text);
    if (ignores.merges() && ((ignores.mergesByParents() && parentCount > 1) || mergeText)) {
      return Optional.of("merge commit");
    }
    if (ignores.reverts() && (cz ? text.startsWith("Revert") : DefaultIgnores.isRevert(text))) {
      return Optional.of("revert commit");
    }
    if ((ignores.fixups() || fixupsAllowed) && DefaultIgnores.isAutosquash(text)) {
      return Optional.of(text.substring(0, text.indexOf('!') + 1) + " commit");
    }
    if (ignores.versions() && DefaultIgnores.isVersion(text)) {
      return Optional.of("version-only header");
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
    if (passesAll(parsed)) {
      return List.of();
    }
    return findings(parsed, where);
  }

  /**
   * Whether no finding is due: the one loop most messages need, kept apart from the building of
   * findings (texts, hints, suggestions), which only the few failing messages reach.
   */
  private boolean passesAll(ParsedMessage parsed) {
    if (parsed instanceof ParseError
        || (parsed.kind().isAutosquash() && !config.ignores().fixups())) {
      return false;
    }
    for (Active a : active) {
      Boolean holds = a.rule().holds(parsed, a.compiled());
      if (holds != null && holds == a.never()) {
        return false;
      }
    }
    return true;
  }

  private List<Finding> findings(ParsedMessage parsed, Location where) {
    List<Finding> findings = null;
    if (parsed.kind().isAutosquash() && !config.ignores().fixups()) {
      findings = new ArrayList<>(1);
      findings.add(
          new Finding(
              FIXUP_RULE,
              Severity.ERROR,
              where,
              quote(parsed.header())
                  + " is a "
                  + parsed.kind().name().toLowerCase()
                  + "! commit, which must not land",
              "squash it into the commit it fixes: git rebase -i --autosquash <base>"));
      return findings;
    }
    if (parsed instanceof ParseError error) {
      Active reporter = parseErrorRule(error);
      if (reporter != null) {
        findings = new ArrayList<>(2);
        findings.add(
            new Finding(
                reporter.rule().id(),
                reporter.severity(),
                where,
                quote(parsed.header()) + " is not 'type(scope): subject': " + error.explanation(),
                example(parsed, "write the header as") + typeList()));
      }
    }
    for (Active a : active) {
      Boolean holds = a.rule().holds(parsed, a.compiled());
      if (holds == null || holds != a.never()) {
        continue;
      }
      int line = a.rule().line(parsed, a.compiled());
      String text = quote(parsed.header()) + " " + a.rule().requirement(a.never(), a.value());
      if (line > 0) {
        text +=
            ": line " + line + " has " + lineLength(parsed.parts().text(), line) + " characters";
      }
      if (findings == null) {
        findings = new ArrayList<>(2);
      }
      findings.add(
          new Finding(a.rule().id(), a.severity(), atLine(where, line), text, hint(a, parsed)));
    }
    return findings == null ? List.of() : findings;
  }

  /** A file location moved to the given line of the message; other locations as they are. */
  private static Location atLine(Location where, int line) {
    if (line > 0 && where instanceof Location.InFile f && f.line() <= 1) {
      return Location.file(f.path(), line, 0);
    }
    return where;
  }

  private static int lineLength(String text, int line) {
    int start = 0;
    for (int i = 1; i < line; i++) {
      start = text.indexOf('\n', start) + 1;
    }
    int end = text.indexOf('\n', start);
    return (end < 0 ? text.length() : end) - start;
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
      case TYPE_ENUM, TYPE_CASE, TYPE_EMPTY -> example(parsed, "use a header like") + typeList();
      case SUBJECT_CASE, SUBJECT_FULL_STOP, SUBJECT_EMPTY -> example(parsed, "write it as");
      case HEADER_MAX_LENGTH ->
          "shorten the header to " + v + " characters; details go in the body";
      case HEADER_TRIM -> "remove the spaces around the header";
      case SUBJECT_LEADING_SPACE -> example(parsed, "write it as");
      case HEADER_PATTERN ->
          "write a header that matches "
              + v
              + suggestion(parsed, null).map(h -> ", e.g. " + h).orElse("");
      case BODY_LEADING_BLANK -> "add a blank line between the header and the body";
      case FOOTER_LEADING_BLANK -> "add a blank line before the footers";
      case BODY_MAX_LINE_LENGTH, FOOTER_MAX_LINE_LENGTH -> "wrap lines at " + v + " characters";
      case SUBJECT_MAX_LENGTH -> "shorten the subject to " + v + " characters";
      case SCOPE_EMPTY -> a.never() ? withScope(parsed) : "drop the scope";
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
    return suggestion(parsed, scope)
        .map(h -> "add a scope, e.g. " + h)
        .orElse("add a scope: type(" + scope + "): subject");
  }

  private String typeList() {
    return types.isEmpty() ? "" : "; allowed types: " + String.join(", ", types);
  }

  /**
   * "write it as 'fix: x'" with a header the rules accept, or a general hint when none is known.
   */
  private String example(ParsedMessage parsed, String lead) {
    return suggestion(parsed, null)
        .map(h -> lead + " " + h)
        .orElse("write the header as 'type(scope): subject'");
  }

  /** A quoted header close to the given one that passes every error rule, if one can be told. */
  private Optional<String> suggestion(ParsedMessage parsed, String scope) {
    int max = 0;
    for (Active a : active) {
      if (a.rule() == CommitRule.HEADER_MAX_LENGTH && !a.never()) {
        max = (Integer) a.compiled();
      }
    }
    return HeaderSuggestion.suggest(parsed, types, max, header -> passes(parsed, header), scope)
        .map(h -> "'" + h + "'");
  }

  /** Whether the message, with its header replaced, breaks no error rule. */
  private boolean passes(ParsedMessage original, String header) {
    String text = original.parts().text();
    int at = text.indexOf(original.header());
    String replaced =
        at < 0
            ? header
            : text.substring(0, at) + header + text.substring(at + original.header().length());
    ParsedMessage parsed = CommitMessageParser.parse(replaced);
    if (!(parsed instanceof ConventionalCommit)) {
      return false;
    }
    for (Active a : active) {
      if (a.severity() != Severity.ERROR) {
        continue;
      }
      Boolean holds = a.rule().holds(parsed, a.compiled());
      if (holds != null && holds == a.never()) {
        return false;
      }
    }
    return true;
  }

  private static String quote(String header) {
    String h = header.length() > 120 ? header.substring(0, 117) + "..." : header;
    return "'" + h + "'";
  }
}
