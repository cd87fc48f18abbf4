package dev.tollgate.core.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feeds files to the checks in one pass per file, several files at once. Each thread reuses one
 * buffer: a file that fits is read once and every line check and content check sees those bytes; a
 * larger file streams through the buffer line by line (content checks then read it again as a
 * stream), so memory stays bounded whatever the tree holds.
 */
final class FileScanner {

  /** Where file contents come from: the working tree or the staged blobs. */
  interface ContentSource {

    /** An open file with its size. */
    record Opened(InputStream stream, long size) {}

    /**
     * Opens a file, or returns {@code null} when it does not exist (any more) or, after reporting
     * why to the sink, when it cannot be read.
     */
    Opened open(FileInfo file, FindingSink sink) throws IOException;
  }

  static final int BINARY_PROBE = 8192;
  private static final int BUFFER = 1 << 20;
  static final int MAX_LINE_BUFFER = 32 << 20;

  private final List<LineCheck> lineChecks;
  private final List<ContentCheck> contentChecks;
  private final ContentSource source;
  private final int threads;
  private final int maxLine;
  private final CheckScopes scopes;

  FileScanner(
      List<LineCheck> lineChecks,
      List<ContentCheck> contentChecks,
      ContentSource source,
      int threads) {
    this(lineChecks, contentChecks, source, threads, MAX_LINE_BUFFER, null);
  }

  /** A scanner that hands over lines longer than {@code maxLine} bytes in pieces. */
  FileScanner(
      List<LineCheck> lineChecks,
      List<ContentCheck> contentChecks,
      ContentSource source,
      int threads,
      int maxLine) {
    this(lineChecks, contentChecks, source, threads, maxLine, null);
  }

  /** A scanner whose checks read only the files their own includes and excludes allow. */
  FileScanner(
      List<LineCheck> lineChecks,
      List<ContentCheck> contentChecks,
      ContentSource source,
      int threads,
      int maxLine,
      CheckScopes scopes) {
    this.lineChecks = List.copyOf(lineChecks);
    this.contentChecks = List.copyOf(contentChecks);
    this.source = source;
    this.threads = threads;
    this.maxLine = maxLine;
    this.scopes = scopes;
  }

  private boolean applies(Check check, FileInfo file) {
    return scopes == null || scopes.applies(check.id(), file.path());
  }

  /** Scans the files; returns what the checks found, in no particular order. */
  List<FileFinding> scan(List<FileInfo> files) throws IOException {
    int n = Math.max(1, Math.min(threads, files.size() / 16 + 1));
    AtomicInteger next = new AtomicInteger();
    if (n == 1) {
      return new Worker(files, next).call();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            n,
            r -> {
              Thread t = new Thread(r, "tollgate-files");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<List<FileFinding>>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(new Worker(files, next)));
      }
      List<FileFinding> all = new ArrayList<>();
      for (Future<List<FileFinding>> future : futures) {
        all.addAll(future.get());
      }
      return all;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while scanning files", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private final class Worker implements java.util.concurrent.Callable<List<FileFinding>> {
    private final List<FileInfo> files;
    private final AtomicInteger next;
    private final List<FileFinding> found = new ArrayList<>();
    private final FindingSink sink = found::add;
    private final LineCheck.Visitor[] visitors = new LineCheck.Visitor[lineChecks.size()];
    private byte[] buf = new byte[BUFFER];

    Worker(List<FileInfo> files, AtomicInteger next) {
      this.files = files;
      this.next = next;
    }

    @Override
    public List<FileFinding> call() throws IOException {
      int i;
      while ((i = next.getAndIncrement()) < files.size()) {
        scanFile(files.get(i));
      }
      return found;
    }

    private void scanFile(FileInfo file) throws IOException {
      ContentSource.Opened opened = source.open(file, sink);
      if (opened == null) {
        return;
      }
      long size = opened.size();
      boolean whole;
      boolean binary;
      byte[] head;
      try (InputStream in = opened.stream()) {
        int filled = readFully(in, buf, 0, buf.length);
        boolean eof = filled < buf.length;
        int probe = Math.min(filled, BINARY_PROBE);
        binary = ByteScan.indexOf(buf, 0, probe, (byte) 0) >= 0;
        head = Arrays.copyOf(buf, Math.min(probe, 64));
        whole = eof;
        if (eof) {
          size = filled;
        }
        TextGitCallsBinary text = binary ? TextGitCallsBinary.of(buf, probe) : null;
        if (!binary || text != null) {
          int active = 0;
          for (LineCheck check : lineChecks) {
            if ((!binary || check.readsTextGitCallsBinary()) && applies(check, file)) {
              LineCheck.Visitor v = check.open(file, sink);
              if (v != null) {
                visitors[active++] = v;
              }
            }
          }
          if (active > 0) {
            if (text == null || text == TextGitCallsBinary.STRAY_NUL) {
              lines(in, filled, eof, active);
            } else {
              // UTF-16: the checks see the text as UTF-8; the raw bytes are read again if needed
              InputStream decoded =
                  new Utf16AsUtf8(
                      new SequenceInputStream(
                          new ByteArrayInputStream(Arrays.copyOf(buf, filled)), in),
                      text.charset);
              int decodedFilled = readFully(decoded, buf, 0, buf.length);
              lines(decoded, decodedFilled, decodedFilled < buf.length, active);
              whole = false;
            }
          }
          Arrays.fill(visitors, null);
        }
      }
      if (contentChecks.isEmpty()) {
        return;
      }
      long finalSize = size;
      boolean isWhole = whole;
      boolean isBinary = binary;
      byte[] content = buf;
      ContentCheck.Content c =
          new ContentCheck.Content() {
            @Override
            public long size() {
              return finalSize;
            }

            @Override
            public boolean binary() {
              return isBinary;
            }

            @Override
            public byte[] head() {
              return head;
            }

            @Override
            public InputStream open() throws IOException {
              if (isWhole) {
                return new ByteArrayInputStream(content, 0, (int) finalSize);
              }
              ContentSource.Opened again = source.open(file, sink);
              if (again == null) {
                return new ByteArrayInputStream(new byte[0]);
              }
              return again.stream();
            }
          };
      for (ContentCheck check : contentChecks) {
        if (check.appliesTo(file) && applies(check, file)) {
          check.check(file, c, sink);
        }
      }
    }

    /** Splits the stream into lines and feeds the visitors; {@code buf} holds the first chunk. */
    private void lines(InputStream in, int filled, boolean eof, int active) throws IOException {
      LineCheck.Visitor[] vs = visitors;
      boolean continued = false;
      int number = 0;
      int start = 0;
      while (true) {
        byte[] b = buf;
        int i;
        while ((i = ByteScan.indexOf(b, start, filled, (byte) '\n')) >= 0) {
          int e = i;
          int eol = LineCheck.EOL_LF;
          if (e > start && b[e - 1] == '\r') {
            e--;
            eol = LineCheck.EOL_CRLF;
          }
          number++;
          for (int k = 0; k < active; k++) {
            vs[k].line(b, start, e, eol, number);
          }
          start = i + 1;
          continued = false;
        }
        if (eof) {
          if (start < filled || continued) {
            number++;
            for (int k = 0; k < active; k++) {
              vs[k].line(b, start, filled, LineCheck.EOL_NONE, number);
            }
          }
          break;
        }
        int rest = filled - start;
        if (rest == b.length) {
          if (b.length < maxLine) {
            buf = Arrays.copyOf(b, b.length * 2);
          } else {
            // an absurdly long line: hand it over in pieces (one line number) rather than whole;
            // a CR at the end of a piece may start the CRLF of the line's end, so it waits
            int piece = b[filled - 1] == '\r' ? filled - 1 : filled;
            for (int k = 0; k < active; k++) {
              vs[k].line(b, 0, piece, LineCheck.EOL_CONTINUED, number + 1);
            }
            rest = filled - piece;
            start = piece;
            continued = true;
          }
        }
        System.arraycopy(b, start, buf, 0, rest);
        start = 0;
        int read = readFully(in, buf, rest, buf.length - rest);
        filled = rest + read;
        eof = filled < buf.length;
      }
      for (int k = 0; k < active; k++) {
        vs[k].end(number);
      }
    }
  }

  /** Text that git's rule (a NUL in the first 8 KB) calls binary, and how to read it. */
  enum TextGitCallsBinary {
    UTF_16LE(StandardCharsets.UTF_16LE),
    UTF_16BE(StandardCharsets.UTF_16BE),
    UTF_16(StandardCharsets.UTF_16),
    STRAY_NUL(null);

    final Charset charset;

    TextGitCallsBinary(Charset charset) {
      this.charset = charset;
    }

    /**
     * What the first bytes of a file with a NUL in them are: UTF-16 (a byte order mark, or NULs in
     * every other byte), text with a few stray NULs (at most 4, and at most 1 % control bytes), or
     * {@code null} for binary content.
     */
    static TextGitCallsBinary of(byte[] b, int probe) {
      if (probe >= 2) {
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
          return UTF_16;
        }
      }
      int evenNul = 0;
      int oddNul = 0;
      int nul = 0;
      int control = 0;
      for (int i = 0; i < probe; i++) {
        int c = b[i] & 0xff;
        if (c == 0) {
          nul++;
          if ((i & 1) == 0) {
            evenNul++;
          } else {
            oddNul++;
          }
        } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b
            || c == 0x7f) {
          control++;
        }
      }
      int pairs = probe / 2;
      if (pairs >= 2) {
        if (oddNul * 10 >= pairs * 9 && evenNul * 20 <= pairs) {
          return UTF_16LE;
        }
        if (evenNul * 10 >= pairs * 9 && oddNul * 20 <= pairs) {
          return UTF_16BE;
        }
      }
      return nul <= 4 && control * 100 <= probe ? STRAY_NUL : null;
    }
  }

  /** UTF-16 bytes read as UTF-8 bytes, streaming. */
  private static final class Utf16AsUtf8 extends InputStream {
    private final Reader reader;
    private final char[] chars = new char[8192];
    private int held = -1;
    private byte[] out = new byte[0];
    private int pos;

    Utf16AsUtf8(InputStream in, Charset charset) {
      this.reader = new InputStreamReader(in, charset);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (pos >= out.length) {
        int n = 0;
        if (held >= 0) {
          chars[n++] = (char) held;
          held = -1;
        }
        int r = reader.read(chars, n, chars.length - n);
        if (r < 0 && n == 0) {
          return -1;
        }
        n += Math.max(r, 0);
        if (r >= 0 && n > 0 && Character.isHighSurrogate(chars[n - 1])) {
          held = chars[--n]; // its low half comes with the next read
        }
        out = new String(chars, 0, n).getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      int k = Math.min(len, out.length - pos);
      System.arraycopy(out, pos, b, off, k);
      pos += k;
      return k;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  private static int readFully(InputStream in, byte[] b, int off, int len) throws IOException {
    int total = 0;
    while (total < len) {
      int r = in.read(b, off + total, len - total);
      if (r < 0) {
        break;
      }
      total += r;
    }
    return total;
  }
}
