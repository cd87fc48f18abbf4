package dev.tollgate.core.git;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a path of the index, which git stores as raw bytes, is named in Tollgate: as its UTF-8 text
 * when it is valid UTF-8 without control characters, otherwise escaped the way git's {@code
 * core.quotePath} does ({@code sec\377ret.env}: each byte that is not valid UTF-8 or is a control
 * character as a backslash and three octal digits, and a backslash doubled).
 */
final class PathNames {

  private PathNames() {}

  /** The name of a raw index path, escaped when it is not plain UTF-8 text. */
  static String display(byte[] raw) {
    if (!needsEscape(raw)) {
      String text = decode(raw, 0, raw.length);
      if (text != null) {
        return text;
      }
    }
    StringBuilder out = new StringBuilder(raw.length + 8);
    int i = 0;
    while (i < raw.length) {
      int b = raw[i] & 0xff;
      int length = sequenceLength(b);
      String text = length > 1 ? decode(raw, i, length) : null;
      if (text != null) {
        out.append(text);
        i += length;
      } else if (b == '\\') {
        out.append("\\\\");
        i++;
      } else if (b < 0x20 || b >= 0x7f) {
        out.append('\\')
            .append((char) ('0' + (b >> 6)))
            .append((char) ('0' + ((b >> 3) & 7)))
            .append((char) ('0' + (b & 7)));
        i++;
      } else {
        out.append((char) b);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean needsEscape(byte[] raw) {
    for (byte b : raw) {
      if ((b & 0xff) < 0x20 || b == 0x7f) {
        return true;
      }
    }
    return false;
  }

  private static int sequenceLength(int lead) {
    if (lead >= 0xc2 && lead <= 0xdf) {
      return 2;
    }
    if (lead >= 0xe0 && lead <= 0xef) {
      return 3;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
      return 4;
    }
    return 1;
  }

  /** The bytes as UTF-8 text, or {@code null} when they are not valid UTF-8. */
  private static String decode(byte[] raw, int offset, int length) {
    if (offset + length > raw.length) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw, offset, length))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
