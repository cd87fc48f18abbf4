package dev.tollgate.core.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds many ASCII needles at once in bytes, ignoring ASCII case (an Aho-Corasick automaton with a
 * dense transition table): one pass over the bytes, whatever the number of needles. It is the
 * prefilter that keeps the secret detectors (and their regular expressions) off the vast majority
 * of lines.
 */
final class MultiNeedleSearch {

  private final int[] packed;
  private final int[][] outputs;
  private final int[] needleLength;

  MultiNeedleSearch(List<String> needles) {
    List<int[]> gotoRows = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    gotoRows.add(newRow());
    out.add(new ArrayList<>());
    needleLength = new int[needles.size()];
    for (int n = 0; n < needles.size(); n++) {
      byte[] bytes = needles.get(n).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
      needleLength[n] = bytes.length;
      int state = 0;
      for (byte b : bytes) {
        int c = b & 0xff;
        if (gotoRows.get(state)[c] < 0) {
          gotoRows.get(state)[c] = gotoRows.size();
          gotoRows.add(newRow());
          out.add(new ArrayList<>());
        }
        state = gotoRows.get(state)[c];
      }
      out.get(state).add(n);
    }
    int states = gotoRows.size();
    int[] fail = new int[states];
    int[] next = new int[states * 256];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < 256; c++) {
      int s = gotoRows.get(0)[c];
      if (s > 0) {
        fail[s] = 0;
        queue.add(s);
        next[c] = s;
      } else {
        next[c] = 0;
      }
    }
    while (!queue.isEmpty()) {
      int r = queue.poll();
      out.get(r).addAll(out.get(fail[r]));
      for (int c = 0; c < 256; c++) {
        int s = gotoRows.get(r)[c];
        if (s > 0) {
          fail[s] = next[fail[r] * 256 + c];
          queue.add(s);
          next[r * 256 + c] = s;
        } else {
          next[r * 256 + c] = next[fail[r] * 256 + c];
        }
      }
    }
    // fold ASCII upper case onto lower case in every row
    for (int s = 0; s < states; s++) {
      for (int c = 'A'; c <= 'Z'; c++) {
        next[s * 256 + c] = next[s * 256 + c + 32];
      }
    }
    outputs = new int[states][];
    for (int s = 0; s < states; s++) {
      List<Integer> o = out.get(s);
      outputs[s] = o.isEmpty() ? null : o.stream().mapToInt(Integer::intValue).toArray();
    }
    // one load per byte: an entry holds the next state's row offset, negated when it has output
    packed = new int[states * 256];
    for (int i = 0; i < packed.length; i++) {
      int target = next[i];
      packed[i] = outputs[target] == null ? target << 8 : -(target << 8) - 1;
    }
  }

  private static int[] newRow() {
    int[] row = new int[256];
    Arrays.fill(row, -1);
    return row;
  }

  /** The length of needle {@code n}. */
  int length(int n) {
    return needleLength[n];
  }

  /**
   * Finds the occurrences in {@code bytes[from, to)}: writes (needle, end) pairs into {@code hits}
   * and returns how many pairs were written (at most {@code hits.length / 2}).
   */
  int search(byte[] bytes, int from, int to, int[] hits) {
    int[] table = packed;
    int row = 0;
    int n = 0;
    for (int i = from; i < to; i++) {
      int entry = table[row | (bytes[i] & 0xff)];
      if (entry >= 0) {
        row = entry;
        continue;
      }
      row = -(entry + 1);
      for (int needle : outputs[row >>> 8]) {
        if (n + 2 <= hits.length) {
          hits[n++] = needle;
          hits[n++] = i + 1;
        }
      }
    }
    return n / 2;
  }
}
