package dev.tollgate.core.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How secrets are shown: masked, never whole. One rule everywhere (the files check, and every
 * goal's log, JSON, SARIF and annotations): at most four characters of a secret are shown, and
 * never more than a quarter of it.
 */
public final class Secrets {

  private Secrets() {}

  /**
   * A secret as it may be shown: {@code ****} for up to 8 characters, otherwise its first
   * characters (four, or a quarter of it when it is shorter than 16) and its length, e.g. {@code
   * ghp_…(40 chars)}.
   */
  public static String mask(String secret) {
    int n = secret.length();
    if (n <= 8) {
      return "****";
    }
    int shown = Math.min(4, n / 4);
    return secret.substring(0, shown) + "…(" + n + " chars)";
  }

  /**
   * The text with every secret {@link SecretScanner} finds in it replaced by its {@link #mask}; the
   * same string when there is none.
   */
  public static String redact(String text) {
    if (text.isEmpty() || !SecretScanner.mayHold(text)) {
      return text; // no needle, so nothing any detector could report
    }
    return redactScanning(text);
  }

  /** {@link #redact} without the needle pre-check: every line goes through the scanner. */
  static String redactScanning(String text) {
    if (text.isEmpty()) {
      return text;
    }
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    SecretScanner scanner = new SecretScanner();
    List<Secret> found = new ArrayList<>();
    int start = 0;
    int number = 1;
    while (true) {
      int nl = start;
      while (nl < b.length && b[nl] != '\n') {
        nl++;
      }
      int end = nl > start && b[nl - 1] == '\r' ? nl - 1 : nl;
      for (Secret s : scanner.line(b, start, end, number)) {
        if (s.valueTo() > s.valueFrom()) {
          found.add(s);
        }
      }
      if (nl >= b.length) {
        break;
      }
      start = nl + 1;
      number++;
    }
    if (found.isEmpty()) {
      return text;
    }
    found.sort(Comparator.comparingInt(Secret::valueFrom));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Secret s : found) {
      if (s.valueFrom() < at) {
        continue; // overlaps a secret already masked
      }
      out.append(new String(b, at, s.valueFrom() - at, StandardCharsets.UTF_8));
      out.append(mask(s.value()));
      at = s.valueTo();
    }
    out.append(new String(b, at, b.length - at, StandardCharsets.UTF_8));
    return out.toString();
  }
}
