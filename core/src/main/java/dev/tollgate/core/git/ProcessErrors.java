package dev.tollgate.core.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A git process's standard error, drained on a daemon thread while its standard output is read, so
 * git never blocks on a full pipe.
 */
final class ProcessErrors {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final Thread reader;

  /** Starts draining {@code process}'s standard error on a thread named {@code threadName}. */
  ProcessErrors(Process process, String threadName) {
    reader =
        new Thread(
            () -> {
              try (InputStream in = process.getErrorStream()) {
                in.transferTo(bytes);
              } catch (IOException e) {
                // the process went away: what it wrote so far is all there is
              }
            },
            threadName);
    reader.setDaemon(true);
    reader.start();
  }

  /** Waits for the end of the stream and returns what git wrote, without surrounding blanks. */
  String text() throws InterruptedException {
    reader.join();
    return bytes.toString(StandardCharsets.UTF_8).strip();
  }
}
