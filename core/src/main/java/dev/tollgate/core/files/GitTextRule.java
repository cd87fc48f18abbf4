package dev.tollgate.core.files;

import dev.tollgate.core.git.GitAttributes;
import java.util.Optional;

/**
 * What git's rules say about a file's line endings: its {@code .gitattributes} ({@code text},
 * {@code -text}, {@code binary}, {@code text=auto}, {@code eol=lf|crlf}) and the repository's
 * {@code core.autocrlf} and {@code core.eol}, read the way git checks the file out.
 */
public enum GitTextRule {
  /** git does not convert the file: {@code tollgate.files.lineEndings} applies. */
  CONFIGURED,
  /** git converts the file and checks it out (or stores it) with LF. */
  LF,
  /** git converts the file and checks it out with CRLF. */
  CRLF,
  /** {@code -text}: git keeps the line endings as they are, so no line ending is required. */
  KEEP,
  /** {@code binary}: not a text file, whatever its content. */
  BINARY;

  /**
   * The rule for one file.
   *
   * @param rule the file's attributes
   * @param autocrlf {@code core.autocrlf} ({@code true}, {@code input}, {@code false}); empty when
   *     not set
   * @param coreEol {@code core.eol} ({@code lf}, {@code crlf}, {@code native}); empty when not set
   * @param stored whether the content is the stored blob (scope {@code staged}), which git keeps
   *     normalized to LF, rather than the checked-out file
   */
  static GitTextRule of(
      GitAttributes.TextRule rule,
      Optional<String> autocrlf,
      Optional<String> coreEol,
      boolean stored) {
    if (rule.binary()) {
      return BINARY;
    }
    if (rule.text() == GitAttributes.Text.UNSET) {
      return KEEP;
    }
    String crlf = autocrlf.orElse("false");
    boolean autocrlfOn = crlf.equals("true") || crlf.equals("input");
    boolean converted =
        rule.text() == GitAttributes.Text.SET
            || rule.text() == GitAttributes.Text.AUTO
            || rule.eol().isPresent()
            || autocrlfOn;
    if (!converted) {
      return CONFIGURED;
    }
    if (stored) {
      return LF;
    }
    if (rule.eol().isPresent()) {
      return rule.eol().get().equals("crlf") ? CRLF : LF;
    }
    if (crlf.equals("true")) {
      return CRLF;
    }
    if (crlf.equals("input")) {
      return LF;
    }
    return coreEol.filter(e -> e.equals("crlf")).isPresent() ? CRLF : LF;
  }

  /** The line endings the whitespace check and the fixer apply, given the configured ones. */
  LineEndings endings(LineEndings configured) {
    return switch (this) {
      case CONFIGURED -> configured;
      case LF -> LineEndings.LF;
      case CRLF -> LineEndings.CRLF;
      case KEEP, BINARY -> LineEndings.KEEP;
    };
  }

  /** Where the rule comes from, for a finding's message. */
  String source(LineEndings configured) {
    return switch (this) {
      case CONFIGURED ->
          "tollgate.files.lineEndings=" + configured.name().toLowerCase(java.util.Locale.ROOT);
      case LF -> "git checks it out with LF (.gitattributes or core.autocrlf/core.eol)";
      case CRLF -> "git checks it out with CRLF (.gitattributes eol=crlf or core.autocrlf=true)";
      case KEEP, BINARY -> "-text";
    };
  }
}
