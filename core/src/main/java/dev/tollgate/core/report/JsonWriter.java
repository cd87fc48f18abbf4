package dev.tollgate.core.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer producing indented, deterministic output. It escapes strings per
 * RFC 8259 and checks that names and values alternate correctly.
 */
public final class JsonWriter {

  private final StringBuilder out = new StringBuilder(256);
  private final Deque<Boolean> firstInScope = new ArrayDeque<>();
  private final Deque<Character> scopes = new ArrayDeque<>();
  private boolean afterName;

  /** Starts an object. */
  public JsonWriter beginObject() {
    beforeValue();
    open('{');
    return this;
  }

  /** Ends the current object. */
  public JsonWriter endObject() {
    close('{', '}');
    return this;
  }

  /** Starts an array. */
  public JsonWriter beginArray() {
    beforeValue();
    open('[');
    return this;
  }

  /** Ends the current array. */
  public JsonWriter endArray() {
    close('[', ']');
    return this;
  }

  /** Writes a member name; the next call must write its value. */
  public JsonWriter name(String name) {
    if (scopes.peek() == null || scopes.peek() != '{' || afterName) {
      throw new IllegalStateException("a name is only allowed directly inside an object");
    }
    separate();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /** Writes a string value, or {@code null} when the value is null. */
  public JsonWriter value(String value) {
    beforeValue();
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  /** Writes a number. */
  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes a boolean. */
  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes {@code "name": "value"}. */
  public JsonWriter member(String name, String value) {
    return name(name).value(value);
  }

  /** Writes {@code "name": value}. */
  public JsonWriter member(String name, long value) {
    return name(name).value(value);
  }

  /** Writes {@code "name": true|false}. */
  public JsonWriter member(String name, boolean value) {
    return name(name).value(value);
  }

  /** The document written so far, ending with a newline once the top-level value is closed. */
  @Override
  public String toString() {
    return scopes.isEmpty() && out.length() > 0 ? out + "\n" : out.toString();
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (!scopes.isEmpty() && scopes.peek() == '{') {
      throw new IllegalStateException("a value inside an object needs a name first");
    }
    if (scopes.isEmpty() && out.length() > 0) {
      throw new IllegalStateException("a JSON document has one top-level value");
    }
    separate();
  }

  private void separate() {
    if (scopes.isEmpty()) {
      return;
    }
    if (!firstInScope.pop()) {
      out.append(',');
    }
    firstInScope.push(false);
    newline(scopes.size());
  }

  private void open(char bracket) {
    out.append(bracket);
    scopes.push(bracket);
    firstInScope.push(true);
  }

  private void close(char openBracket, char closeBracket) {
    if (scopes.isEmpty() || scopes.peek() != openBracket || afterName) {
      throw new IllegalStateException("unbalanced '" + closeBracket + "'");
    }
    scopes.pop();
    boolean empty = firstInScope.pop();
    if (!empty) {
      newline(scopes.size());
    }
    out.append(closeBracket);
  }

  private void newline(int depth) {
    out.append('\n');
    out.append("  ".repeat(depth));
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
