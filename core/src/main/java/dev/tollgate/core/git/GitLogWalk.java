package dev.tollgate.core.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A walk over a commit range read from one streamed {@code git log} (NUL-separated records: id,
 * parents, committer time, raw message re-encoded to UTF-8), for {@link GitRepository#log}: git
 * reads its packs natively in its own process while this one only parses text, which over long
 * histories is several times cheaper than JGit's object reading in a JVM that has not warmed up.
 * Replace refs and signature display are off, so the messages are the stored ones, as JGit reads
 * them.
 */
final class GitLogWalk {

  /** git could not be started: the caller walks with JGit instead. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private GitLogWalk() {}

  /**
   * Streams the commits of {@code to} not reachable from {@code excluded}, newest first.
   *
   * @param gitDir the repository directory
   * @param shallow the ids of the shallow-clone boundary commits (a walk reaching one fails)
   * @param settled commits it settles are counted, not decoded or handed out; {@code null} for none
   * @throws Unavailable when git cannot be run
   * @throws GitException when git fails, or the walk reaches a shallow boundary
   */
  static WalkResult walk(
      Path gitDir,
      List<String> excluded,
      String to,
      long earliest,
      int limit,
      Set<String> shallow,
      RawMessageCheck settled,
      Consumer<GitCommit> consumer)
      throws Unavailable {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.add("--git-dir=" + gitDir);
    command.add("--no-replace-objects");
    command.add("log");
    command.add("-z");
    command.add("--no-show-signature");
    command.add("--encoding=UTF-8");
    command.add("--format=%H %P%n%ct%n%B");
    command.add(to);
    for (String id : excluded) {
      command.add("^" + id);
    }
    command.add("--");
    ProcessBuilder builder = new ProcessBuilder(command).directory(gitDir.toFile());
    builder.environment().remove("GIT_DIR");
    builder.environment().remove("GIT_WORK_TREE");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new Unavailable(e);
    }
    ProcessErrors err = new ProcessErrors(process, "git-log-stderr");
    int count = 0;
    boolean truncated = false;
    String from = excluded.isEmpty() ? null : excluded.get(0);
    try (InputStream in = process.getInputStream()) {
      process.getOutputStream().close();
      CharsetDecoder utf8 =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
      Record record = new Record();
      while (record.read(in)) {
        byte[] b = record.buffer;
        int n = record.length;
        int nl1 = indexOf(b, (byte) '\n', 0, n);
        int nl2 = nl1 < 0 ? -1 : indexOf(b, (byte) '\n', nl1 + 1, n);
        int space = nl1 < 0 ? -1 : indexOf(b, (byte) ' ', 0, nl1);
        int idEnd = space < 0 ? nl1 : space;
        if (nl2 < 0 || idEnd <= 0 || !isDecimal(b, nl1 + 1, nl2)) {
          throw new GitException("unexpected git log output: " + abbreviate(record.decode(utf8)));
        }
        int parents = 0;
        for (int i = idEnd; i < nl1; i++) {
          if (b[i] == ' ' && i + 1 < nl1 && b[i + 1] != ' ') {
            parents++;
          }
        }
        if (earliest != Long.MIN_VALUE && parseLong(b, nl1 + 1, nl2) < earliest) {
          continue;
        }
        if (limit > 0 && count == limit) {
          truncated = true;
          break;
        }
        String id = null;
        if (!shallow.isEmpty()) {
          id = new String(b, 0, idEnd, StandardCharsets.ISO_8859_1);
          if (shallow.contains(id)) {
            throw new GitException(
                "the commit range "
                    + (from == null ? "" : GitRepository.abbreviate(from) + "..")
                    + GitRepository.abbreviate(to)
                    + " reaches the shallow-clone boundary at commit "
                    + GitRepository.abbreviate(id)
                    + ", so its older commits cannot be checked; "
                    + GitRepository.UNSHALLOW_FIX);
          }
        }
        count++;
        if (settled != null && settled.settles(parents, b, nl2 + 1, n)) {
          continue;
        }
        if (id == null) {
          id = new String(b, 0, idEnd, StandardCharsets.ISO_8859_1);
        }
        consumer.accept(new GitCommit(id, record.decode(utf8, nl2 + 1), parents));
      }
    } catch (IOException e) {
      process.destroy();
      throw new GitException("cannot read git log's output: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      process.destroy();
      throw e;
    }
    if (truncated) {
      process.destroy();
      return new WalkResult(count, true);
    }
    try {
      int exit = process.waitFor();
      String message = err.text();
      if (exit != 0 && count == 0 && message.contains("dubious ownership")) {
        // the gateway already applied its own ownership rule (SafeDirectory): JGit reads it
        throw new Unavailable(new IOException(message));
      }
      if (exit != 0) {
        throw new GitException(
            "git log failed (exit "
                + exit
                + "): "
                + message
                + "; check the repository with: git fsck");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw new GitException("interrupted while reading the commits", e);
    }
    return new WalkResult(count, false);
  }

  private static int indexOf(byte[] b, byte wanted, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code [from, to)} is a decimal number that fits a long (an optional minus sign). */
  private static boolean isDecimal(byte[] b, int from, int to) {
    int i = from < to && b[from] == '-' ? from + 1 : from;
    if (i == to || to - i > 18) {
      return false;
    }
    for (; i < to; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /** The number {@link #isDecimal} accepted. */
  private static long parseLong(byte[] b, int from, int to) {
    boolean negative = b[from] == '-';
    long value = 0;
    for (int i = negative ? from + 1 : from; i < to; i++) {
      value = value * 10 + (b[i] - '0');
    }
    return negative ? -value : value;
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  /** One NUL-terminated record at a time from a stream read in large chunks. */
  private static final class Record {
    private final byte[] chunk = new byte[1 << 16];
    private int chunkStart;
    private int chunkEnd;
    private byte[] buffer = new byte[4096];
    private int length;

    boolean read(InputStream in) throws IOException {
      length = 0;
      while (true) {
        if (chunkStart == chunkEnd) {
          int n = in.read(chunk);
          if (n < 0) {
            return length > 0;
          }
          chunkStart = 0;
          chunkEnd = n;
        }
        int nul = chunkStart;
        while (nul < chunkEnd && chunk[nul] != 0) {
          nul++;
        }
        append(chunkStart, nul - chunkStart);
        chunkStart = nul;
        if (nul < chunkEnd) {
          chunkStart++;
          return true;
        }
      }
    }

    private void append(int from, int n) {
      if (length + n > buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + n));
      }
      System.arraycopy(chunk, from, buffer, length, n);
      length += n;
    }

    String decode(CharsetDecoder utf8) {
      return decode(utf8, 0);
    }

    /** The record from {@code from} on, decoded as UTF-8 (malformed input replaced). */
    String decode(CharsetDecoder utf8, int from) {
      boolean ascii = true;
      for (int i = from; i < length && ascii; i++) {
        ascii = buffer[i] >= 0;
      }
      if (ascii) {
        return new String(buffer, from, length - from, StandardCharsets.ISO_8859_1);
      }
      try {
        return utf8.decode(ByteBuffer.wrap(buffer, from, length - from)).toString();
      } catch (CharacterCodingException e) {
        throw new IllegalStateException("a replacing decoder cannot fail", e);
      }
    }
  }
}
