package dev.tollgate.core.git;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The index facet of a {@link GitRepository}: the files git tracks in a working tree (the index,
 * read once, without per-file git calls) and the staged blobs behind it. Obtained from {@link
 * GitRepository#index()}; it lives as long as the repository it came from. Thread-safe for reading
 * blobs.
 *
 * <p>Paths are text: a path that is not valid UTF-8 is named in its escaped form (as git's {@code
 * core.quotePath} prints it, e.g. {@code sec\377ret.env}); {@link #workPath} maps any listed path
 * back to the file of that exact name on disk.
 */
public final class TrackedFiles {

  private final Repository repository;
  private final Path root;
  private final String rootUri;

  /** The raw bytes of every listed path whose name differs from its UTF-8 encoding. */
  private final Map<String, byte[]> rawNames = new ConcurrentHashMap<>();

  TrackedFiles(Repository repository) {
    this.repository = repository;
    this.root = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    String uri = root.toUri().toString();
    this.rootUri = uri.endsWith("/") ? uri : uri + "/";
  }

  /** The working tree's root directory. */
  public Path root() {
    return root;
  }

  /**
   * A {@code core.*} setting of the repository's configuration (local, global, system), lower case,
   * e.g. {@code autocrlf} or {@code eol}; empty when not set.
   */
  public Optional<String> coreSetting(String name) {
    return Optional.ofNullable(repository.getConfig().getString("core", null, name))
        .map(v -> v.trim().toLowerCase(java.util.Locale.ROOT));
  }

  /** The JGit repository, for the other classes of this package. */
  Repository repository() {
    return repository;
  }

  /** Every entry of the index (stage 0 and, during a merge, the first entry of each path). */
  public List<TrackedFile> index() {
    try {
      DirCache cache = repository.readDirCache();
      List<TrackedFile> files = new ArrayList<>(cache.getEntryCount());
      byte[] previous = null;
      for (int i = 0; i < cache.getEntryCount(); i++) {
        DirCacheEntry entry = cache.getEntry(i);
        byte[] raw = entry.getRawPath();
        if (Arrays.equals(raw, previous)) {
          continue;
        }
        previous = raw;
        String path = PathNames.display(raw);
        if (!Arrays.equals(raw, path.getBytes(StandardCharsets.UTF_8))) {
          rawNames.put(path, raw);
        }
        files.add(new TrackedFile(path, entry.getRawMode(), entry.getObjectId().name()));
      }
      return Collections.unmodifiableList(files);
    } catch (IOException e) {
      throw new GitException("cannot read the git index of " + root + ": " + e, e);
    }
  }

  /** A blob opened for reading, with its size. */
  public record Blob(InputStream stream, long size) {}

  /** Opens a blob's content, as staged. */
  public Blob openBlob(String blobId) throws IOException {
    var stream = repository.open(ObjectId.fromString(blobId), Constants.OBJ_BLOB).openStream();
    return new Blob(stream, stream.getSize());
  }

  /** A blob's size in bytes. */
  public long blobSize(String blobId) throws IOException {
    return repository.open(ObjectId.fromString(blobId), Constants.OBJ_BLOB).getSize();
  }

  /** A blob's whole content (for small blobs such as symbolic link targets). */
  public byte[] readBlob(String blobId) throws IOException {
    return repository.open(ObjectId.fromString(blobId), Constants.OBJ_BLOB).getBytes();
  }

  /**
   * The working tree file of a repository path as {@link #index()} names it: the file whose name
   * has the path's exact bytes, whatever the JVM's file name encoding ({@code sun.jnu.encoding});
   * empty when this system cannot name such a file.
   */
  public Optional<Path> workPath(String path) {
    byte[] raw = rawNames.get(path);
    if (raw == null && isPlainAscii(path)) {
      return Optional.of(root.resolve(path));
    }
    if (raw == null) {
      raw = path.getBytes(StandardCharsets.UTF_8);
    }
    // a file URI carries raw bytes: the one portable way to name a file whose name is no text
    StringBuilder uri = new StringBuilder(rootUri);
    for (byte b : raw) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "/._-~".indexOf(c) >= 0)) {
        uri.append((char) c);
      } else {
        uri.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
      }
    }
    try {
      return Optional.of(Path.of(URI.create(uri.toString())));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static boolean isPlainAscii(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
