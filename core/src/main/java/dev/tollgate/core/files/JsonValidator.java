package dev.tollgate.core.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A strict JSON (RFC 8259) syntax check over bytes, streaming: no comments, no trailing commas, no
 * single quotes, exactly one value per document, valid UTF-8 in strings, no key twice in one object
 * (as pre-commit-hooks' check-json). It builds nothing but each open object's set of keys, so any
 * size of document costs little memory. JSON with comments ({@code tsconfig.json}, VS Code
 * settings) allows {@code //} and {@code /* *}{@code /} comments and trailing commas.
 */
final class JsonValidator {

  /** Where and why a document is not JSON. */
  record Error(int line, int column, String message) {}

  private static final int MAX_DEPTH = 1000;

  private final InputStream in;
  private final boolean comments;
  private final ByteArrayOutputStream key = new ByteArrayOutputStream();
  private boolean capture;
  private final byte[] buf = new byte[16384];
  private int pos;
  private int len;
  private int line = 1;
  private int column;
  private int c;

  private JsonValidator(InputStream in, boolean comments) {
    this.in = in;
    this.comments = comments;
  }

  /** The first syntax error of the document, or {@code null} when it is valid JSON. */
  static Error validate(InputStream in) throws IOException {
    return validate(in, false);
  }

  /**
   * The first syntax error of the document, or {@code null} when it is valid.
   *
   * @param comments whether it is JSON with comments (comments and trailing commas allowed)
   */
  static Error validate(InputStream in, boolean comments) throws IOException {
    JsonValidator v = new JsonValidator(in, comments);
    try {
      v.advance();
      if (v.c == 0xEF) {
        v.advance();
        v.advance();
        v.advance();
      }
      v.skipSpace();
      v.value(0);
      v.skipSpace();
      if (v.c != -1) {
        v.fail("unexpected " + v.describe() + " after the end of the document");
      }
      return null;
    } catch (Failure f) {
      return new Error(f.line, f.column, f.getMessage());
    }
  }

  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    Failure(String message, int line, int column) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  private void advance() throws IOException {
    if (c == '\n') {
      line++;
      column = 0;
    }
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        c = -1;
        column++;
        return;
      }
    }
    c = buf[pos++] & 0xff;
    column++;
  }

  private void fail(String message) {
    throw new Failure(message, line, column);
  }

  private String describe() {
    if (c == -1) {
      return "end of file";
    }
    if (c >= 0x20 && c < 0x7f) {
      return "'" + (char) c + "'";
    }
    return "byte 0x" + Integer.toHexString(c);
  }

  private void skipSpace() throws IOException {
    while (true) {
      while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        advance();
      }
      if (!comments || c != '/') {
        return;
      }
      advance();
      if (c == '/') {
        while (c != '\n' && c != -1) {
          advance();
        }
      } else if (c == '*') {
        advance();
        int previous = 0;
        while (!(previous == '*' && c == '/')) {
          if (c == -1) {
            fail("unterminated comment");
          }
          previous = c;
          advance();
        }
        advance();
      } else {
        fail("expected a comment after '/' but found " + describe());
      }
    }
  }

  private void value(int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      fail("nesting deeper than " + MAX_DEPTH + " levels");
    }
    switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          number();
        } else {
          fail("expected a value but found " + describe());
        }
      }
    }
  }

  private void object(int depth) throws IOException {
    advance();
    skipSpace();
    if (c == '}') {
      advance();
      return;
    }
    Set<String> keys = new HashSet<>();
    while (true) {
      if (c == '}' && comments) {
        advance(); // a trailing comma
        return;
      }
      if (c != '"') {
        fail("expected a quoted member name but found " + describe());
      }
      int keyLine = line;
      int keyColumn = column;
      capture = true;
      key.reset();
      string();
      capture = false;
      String name = key.toString(StandardCharsets.UTF_8);
      if (!keys.add(name)) {
        throw new Failure("duplicate key \"" + name + "\"", keyLine, keyColumn);
      }
      skipSpace();
      if (c != ':') {
        fail("expected ':' but found " + describe());
      }
      advance();
      skipSpace();
      value(depth + 1);
      skipSpace();
      if (c == ',') {
        advance();
        skipSpace();
      } else if (c == '}') {
        advance();
        return;
      } else {
        fail("expected ',' or '}' but found " + describe());
      }
    }
  }

  private void array(int depth) throws IOException {
    advance();
    skipSpace();
    if (c == ']') {
      advance();
      return;
    }
    while (true) {
      if (c == ']' && comments) {
        advance(); // a trailing comma
        return;
      }
      value(depth + 1);
      skipSpace();
      if (c == ',') {
        advance();
        skipSpace();
      } else if (c == ']') {
        advance();
        return;
      } else {
        fail("expected ',' or ']' but found " + describe());
      }
    }
  }

  private void string() throws IOException {
    advance();
    while (c != '"') {
      if (capture && c >= 0) {
        key.write(c);
      }
      if (c == -1) {
        fail("unterminated string");
      } else if (c < 0x20) {
        fail("control character in a string (escape it)");
      } else if (c >= 0x80) {
        utf8();
        continue;
      } else if (c == '\\') {
        advance();
        if (c == 'u') {
          for (int i = 0; i < 4; i++) {
            advance();
            if (Character.digit(c, 16) < 0) {
              fail("invalid \\u escape");
            }
          }
        } else if ("\"\\/bfnrt".indexOf(c) < 0 || c == -1) {
          fail("invalid escape \\" + (c == -1 ? "" : String.valueOf((char) c)));
        }
      }
      advance();
    }
    advance();
  }

  /** One UTF-8 sequence starting at {@code c}; leaves {@code c} on the byte after it. */
  private void utf8() throws IOException {
    int lead = c;
    int more;
    int min = 0x80;
    int max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      more = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      more = 2;
      min = lead == 0xE0 ? 0xA0 : 0x80;
      max = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      more = 3;
      min = lead == 0xF0 ? 0x90 : 0x80;
      max = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      fail("invalid UTF-8 (byte 0x" + Integer.toHexString(lead) + ")");
      return;
    }
    for (int i = 0; i < more; i++) {
      advance();
      if (c < (i == 0 ? min : 0x80) || c > (i == 0 ? max : 0xBF)) {
        fail(
            "invalid UTF-8 (byte 0x"
                + Integer.toHexString(lead)
                + " not followed by a valid"
                + " continuation)");
      }
      if (capture) {
        key.write(c);
      }
    }
    advance();
  }

  private void literal(String word) throws IOException {
    for (int i = 0; i < word.length(); i++) {
      if (c != word.charAt(i)) {
        fail("expected '" + word + "' but found " + describe());
      }
      advance();
    }
  }

  private void number() throws IOException {
    if (c == '-') {
      advance();
    }
    if (c == '0') {
      advance();
    } else if (c >= '1' && c <= '9') {
      digits();
    } else {
      fail("expected a digit but found " + describe());
    }
    if (c == '.') {
      advance();
      if (c < '0' || c > '9') {
        fail("expected a digit after '.' but found " + describe());
      }
      digits();
    }
    if (c == 'e' || c == 'E') {
      advance();
      if (c == '+' || c == '-') {
        advance();
      }
      if (c < '0' || c > '9') {
        fail("expected an exponent but found " + describe());
      }
      digits();
    }
  }

  private void digits() throws IOException {
    while (c >= '0' && c <= '9') {
      advance();
    }
  }
}
