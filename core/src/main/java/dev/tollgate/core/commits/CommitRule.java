package dev.tollgate.core.commits;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The commit-message rules, by commitlint's names. Each states something about a message (the
 * "always" form); a setting's {@code never} condition inverts it. A rule that does not apply to a
 * message (a subject rule on a header that did not parse, a body rule without body) is silent.
 */
public enum CommitRule {
  BODY_LEADING_BLANK("body-leading-blank", ValueKind.NONE, "have a blank line before the body") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m.body().isEmpty() ? null : m.parts().blankBeforeBody();
    }
  },
  BODY_MAX_LINE_LENGTH(
      "body-max-line-length", ValueKind.NUMBER, "have body lines of at most %s characters") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m.body().isEmpty() ? null : longestLine(m.body()) <= (Integer) value;
    }
  },
  FOOTER_LEADING_BLANK(
      "footer-leading-blank", ValueKind.NONE, "have a blank line before the footers") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m.footers().isEmpty() ? null : m.parts().blankBeforeFooters();
    }
  },
  FOOTER_MAX_LINE_LENGTH(
      "footer-max-line-length", ValueKind.NUMBER, "have footer lines of at most %s characters") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m.footers().isEmpty()
          ? null
          : m.footers().stream().allMatch(f -> longestLine(f.toString()) <= (Integer) value);
    }
  },
  HEADER_MAX_LENGTH(
      "header-max-length", ValueKind.NUMBER, "have a header of at most %s characters") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m.header().length() <= (Integer) value;
    }
  },
  HEADER_TRIM(
      "header-trim", ValueKind.NONE, "have a header without leading or trailing whitespace") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      String h = m.header();
      return h.isEmpty() || (!isSpace(h.charAt(0)) && !isSpace(h.charAt(h.length() - 1)));
    }
  },
  HEADER_PATTERN("header-pattern", ValueKind.PATTERN, "have a header matching %s") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return ((Pattern) value).matches(m.header().stripTrailing());
    }
  },
  SUBJECT_CASE("subject-case", ValueKind.CASES, "have a subject in %s") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      if (!(m instanceof ConventionalCommit c)) {
        return null;
      }
      String s = c.subject();
      if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
        return null;
      }
      return isInAnyCase(s, (String[]) value);
    }
  },
  SUBJECT_EMPTY("subject-empty", ValueKind.NONE, "have an empty subject") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      // a header that does not parse is reported by the linter, once, with the parse error
      return m instanceof ConventionalCommit c ? c.subject().isEmpty() : null;
    }
  },
  SUBJECT_FULL_STOP("subject-full-stop", ValueKind.TEXT, "end the subject with '%s'") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m instanceof ConventionalCommit c ? c.subject().endsWith((String) value) : null;
    }
  },
  SUBJECT_MAX_LENGTH(
      "subject-max-length", ValueKind.NUMBER, "have a subject of at most %s characters") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m instanceof ConventionalCommit c ? c.subject().length() <= (Integer) value : null;
    }
  },
  TYPE_CASE("type-case", ValueKind.CASES, "have a type in %s") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m instanceof ConventionalCommit c ? isInAnyCase(c.type(), (String[]) value) : null;
    }
  },
  TYPE_EMPTY("type-empty", ValueKind.NONE, "have an empty type") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m instanceof ConventionalCommit c ? c.type().isEmpty() : null;
    }
  },
  TYPE_ENUM("type-enum", ValueKind.LIST, "have a type that is one of [%s]") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m instanceof ConventionalCommit c ? contains((String[]) value, c.type()) : null;
    }
  },
  SCOPE_EMPTY("scope-empty", ValueKind.NONE, "have an empty scope") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m instanceof ConventionalCommit c ? c.scopes().isEmpty() : null;
    }
  },
  SCOPE_ENUM("scope-enum", ValueKind.LIST, "have scopes that are each one of [%s]") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      if (!(m instanceof ConventionalCommit c) || c.scopes().isEmpty()) {
        return null;
      }
      return c.scopes().stream().allMatch(scope -> contains((String[]) value, scope));
    }
  },
  REFERENCES_PATTERN(
      "references-pattern", ValueKind.PATTERN, "reference an issue (text matching %s)") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return ((Pattern) value).matcher(m.parts().text()).find();
    }
  },
  SIGNED_OFF_BY("signed-off-by", ValueKind.TEXT, "have a '%s' footer") {
    @Override
    Boolean holds(ParsedMessage m, Object value) {
      return m.footers().stream().anyMatch(f -> f.toString().startsWith((String) value));
    }
  };

  /** What a rule's value is. */
  enum ValueKind {
    NONE,
    NUMBER,
    TEXT,
    LIST,
    CASES,
    PATTERN
  }

  private final String id;
  private final ValueKind valueKind;
  private final String statement;

  CommitRule(String id, ValueKind valueKind, String statement) {
    this.id = id;
    this.valueKind = valueKind;
    this.statement = statement;
  }

  /** The rule's id, as commitlint names it, e.g. {@code type-enum}. */
  public String id() {
    return id;
  }

  /**
   * Whether the rule's "always" statement holds for the message, or {@code null} when the rule does
   * not apply to it.
   */
  abstract Boolean holds(ParsedMessage message, Object value);

  /** "must have a type that is one of [feat, fix]" or "must not …" for the given condition. */
  String requirement(boolean never, String value) {
    String shown =
        valueKind == ValueKind.LIST || valueKind == ValueKind.CASES
            ? String.join(", ", splitList(value))
            : value;
    return (never ? "must not " : "must ") + String.format(Locale.ROOT, statement, shown);
  }

  /**
   * Turns a setting's text value into what {@link #holds} expects.
   *
   * @throws IllegalArgumentException naming the rule and what is wrong with the value
   */
  Object compile(String value) {
    switch (valueKind) {
      case NONE:
        return null;
      case NUMBER:
        try {
          int n = Integer.parseInt(value.strip());
          if (n < 0) {
            throw new NumberFormatException();
          }
          return n;
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "rule " + id + " needs a number of characters as its value, got '" + value + "'");
        }
      case TEXT:
        if (value.isEmpty()) {
          throw new IllegalArgumentException("rule " + id + " needs a value");
        }
        return value;
      case LIST:
        return splitList(value);
      case CASES:
        String[] cases = splitList(value);
        for (String name : cases) {
          if (!TextCase.NAMES.contains(name)) {
            throw new IllegalArgumentException(
                "rule "
                    + id
                    + ": unknown case '"
                    + name
                    + "'; use some of: lower-case, upper-case, sentence-case, start-case,"
                    + " pascal-case, camel-case, kebab-case, snake-case");
          }
        }
        return cases;
      case PATTERN:
        try {
          return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(
              "rule " + id + ": invalid pattern '" + value + "': " + e.getDescription());
        }
      default:
        throw new IllegalStateException(valueKind.name());
    }
  }

  /** The rule with this id, or {@code null}. */
  public static CommitRule byId(String id) {
    for (CommitRule rule : values()) {
      if (rule.id.equals(id)) {
        return rule;
      }
    }
    return null;
  }

  static String[] splitList(String value) {
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }

  /** Every rule id, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(CommitRule::id).toList();
  }

  private static boolean contains(String[] values, String wanted) {
    for (String v : values) {
      if (v.equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInAnyCase(String text, String[] caseNames) {
    for (String name : caseNames) {
      if (TextCase.is(text, name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static int longestLine(String text) {
    int longest = 0;
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n') {
        longest = Math.max(longest, i - start);
        start = i + 1;
      }
    }
    return longest;
  }
}
