package dev.tollgate.core.files;

import java.io.IOException;
import java.io.InputStream;

/** A check over a whole file's content or size. */
public non-sealed interface ContentCheck extends Check {

  /** The content of one file, as far as the scanner has read it. */
  interface Content {

    /** The file's size in bytes. */
    long size();

    /** Whether the file is binary (a NUL byte in its first 8 KB). */
    boolean binary();

    /** The first bytes of the file (up to 8 KB, fewer when the file is shorter). */
    byte[] head();

    /** Reads the whole content again from the start; the caller closes the stream. */
    InputStream open() throws IOException;
  }

  /** Whether the check wants this file at all (e.g. by extension); decided before any read. */
  boolean appliesTo(FileInfo file);

  /** Checks one file; text checks skip {@link Content#binary()} files themselves. */
  void check(FileInfo file, Content content, FindingSink sink) throws IOException;
}
