package dev.tollgate.core.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 */
public final class TrackedFiles {

  private final Repository repository;
  private final Path root;

  TrackedFiles(Repository repository) {
    this.repository = repository;
    this.root = repository.getWorkTree().toPath().toAbsolutePath().normalize();
  }

  /** The working tree's root directory. */
  public Path root() {
    return root;
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
      String previous = null;
      for (int i = 0; i < cache.getEntryCount(); i++) {
        DirCacheEntry entry = cache.getEntry(i);
        String path = entry.getPathString();
        if (path.equals(previous)) {
          continue;
        }
        previous = path;
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

  /** The working tree file of a repository-relative path. */
  public File workFile(String path) {
    return root.resolve(path).toFile();
  }
}
