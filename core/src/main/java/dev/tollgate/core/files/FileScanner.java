package dev.tollgate.core.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
  private static final int MAX_LINE_BUFFER = 32 << 20;

  private final List<LineCheck> lineChecks;
  private final List<ContentCheck> contentChecks;
  private final ContentSource source;
  private final int threads;

  FileScanner(
      List<LineCheck> lineChecks,
      List<ContentCheck> contentChecks,
      ContentSource source,
      int threads) {
    this.lineChecks = List.copyOf(lineChecks);
    this.contentChecks = List.copyOf(contentChecks);
    this.source = source;
    this.threads = threads;
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
        if (!binary) {
          int active = 0;
          for (LineCheck check : lineChecks) {
            LineCheck.Visitor v = check.open(file, sink);
            if (v != null) {
              visitors[active++] = v;
            }
          }
          if (active > 0) {
            lines(in, filled, eof, active);
          }
          Arrays.fill(visitors, null);
        }
        if (eof) {
          size = filled;
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
        if (check.appliesTo(file)) {
          check.check(file, c, sink);
        }
      }
    }

    /** Splits the stream into lines and feeds the visitors; {@code buf} holds the first chunk. */
    private void lines(InputStream in, int filled, boolean eof, int active) throws IOException {
      LineCheck.Visitor[] vs = visitors;
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
        }
        if (eof) {
          if (start < filled) {
            number++;
            for (int k = 0; k < active; k++) {
              vs[k].line(b, start, filled, LineCheck.EOL_NONE, number);
            }
          }
          break;
        }
        int rest = filled - start;
        if (rest == b.length) {
          if (b.length < MAX_LINE_BUFFER) {
            buf = Arrays.copyOf(b, b.length * 2);
          } else {
            // an absurdly long line: hand it over in pieces rather than hold it whole
            number++;
            for (int k = 0; k < active; k++) {
              vs[k].line(b, 0, filled, LineCheck.EOL_NONE, number);
            }
            rest = 0;
            start = filled;
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
