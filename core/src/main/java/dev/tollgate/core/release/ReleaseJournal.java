package dev.tollgate.core.release;

import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.git.GitWrites.ResetMode;
import dev.tollgate.core.io.AtomicFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The crash-safe half of {@code release:prepare}: before the first change, the plan and the state
 * it will change (HEAD, the branch, the index's bytes, every file's bytes and SHA-256, whether the
 * tag and the release record existed) go into {@code .git/tollgate/journal/}; each finished step is
 * recorded there. When the process dies at any point (SIGKILL, power loss), {@code
 * release:rollback} finds the journal and puts every byte back: the files, the index, the branch,
 * no tag, no stale lock of this run, no temporary file, no journal; {@code release:prepare} refuses
 * to start over a journal and says to roll back. A completed prepare removes its journal.
 */
final class ReleaseJournal {

  static final String DIR = "tollgate/journal";
  private static final String STATE = "journal.properties";
  private static final String INDEX = "index.bytes";
  private static final String FILES = "files.bytes";

  private final Path dir;
  private final Properties state;

  private ReleaseJournal(Path dir, Properties state) {
    this.dir = dir;
    this.state = state;
  }

  static Path dir(Path gitDir) {
    return gitDir.resolve(DIR);
  }

  /** The journal of an interrupted prepare, if there is one. */
  static Optional<ReleaseJournal> find(Path gitDir) throws IOException {
    Path dir = dir(gitDir);
    Path file = dir.resolve(STATE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    return Optional.of(new ReleaseJournal(dir, p));
  }

  /**
   * Writes the journal before anything changes. When this fails (disk full) the partial journal is
   * removed and nothing else has been touched.
   */
  static ReleaseJournal begin(
      GitRepository git, PrepareRequest request, List<Path> files, int steps)
      throws ReleaseException {
    Path gitDir = git.gitDir();
    Path dir = dir(gitDir);
    Properties p = new Properties();
    try {
      Files.createDirectories(dir);
      p.setProperty("version", request.version());
      p.setProperty("tag", request.tag());
      p.setProperty("previousHead", git.head().orElseThrow());
      p.setProperty("branch", git.branch().orElse(""));
      p.setProperty("steps", Integer.toString(steps));
      p.setProperty("done", "0");
      Path index = gitDir.resolve("index");
      p.setProperty("index", Boolean.toString(Files.isRegularFile(index)));
      if (Files.isRegularFile(index)) {
        AtomicFiles.write(dir.resolve(INDEX), Files.readAllBytes(index));
      }
      Path record = ReleaseRecord.file(gitDir);
      p.setProperty("record", Boolean.toString(Files.isRegularFile(record)));
      if (Files.isRegularFile(record)) {
        AtomicFiles.write(dir.resolve("record.bytes"), Files.readAllBytes(record));
      }
      Path root = git.workTree();
      Set<Path> unique = new LinkedHashSet<>(files);
      // every original in one file, flushed once: one fsync per file would dominate the run
      List<byte[]> originals = new ArrayList<>();
      long offset = 0;
      int i = 0;
      for (Path file : unique) {
        String key = "file." + i;
        p.setProperty(key + ".path", root.relativize(file).toString().replace('\\', '/'));
        boolean exists = Files.isRegularFile(file);
        p.setProperty(key + ".exists", Boolean.toString(exists));
        if (exists) {
          byte[] bytes = Files.readAllBytes(file);
          p.setProperty(key + ".sha256", sha256(bytes));
          p.setProperty(key + ".offset", Long.toString(offset));
          p.setProperty(key + ".length", Integer.toString(bytes.length));
          originals.add(bytes);
          offset += bytes.length;
        }
        i++;
      }
      AtomicFiles.write(
          dir.resolve(FILES),
          out -> {
            for (byte[] bytes : originals) {
              out.write(bytes);
            }
          });
      p.setProperty("files", Integer.toString(i));
      ReleaseJournal journal = new ReleaseJournal(dir, p);
      journal.save();
      return journal;
    } catch (IOException | RuntimeException e) {
      deleteTree(dir);
      throw new ReleaseException(
          "cannot write the release journal in "
              + dir
              + " ("
              + e.getMessage()
              + "); nothing was changed. Free disk space or fix the permissions and run"
              + " release:prepare again",
          e);
    }
  }

  /** Records that step {@code index} (0-based) finished. */
  void stepDone(int index) throws IOException {
    state.setProperty("done", Integer.toString(index + 1));
    save();
  }

  /** Removes the journal (the prepare finished, or its own undo restored everything). */
  void close() throws IOException {
    deleteTree(dir);
  }

  String describe() {
    return "release:prepare of "
        + state.getProperty("version")
        + " was interrupted after step "
        + state.getProperty("done")
        + " of "
        + state.getProperty("steps");
  }

  /**
   * Puts the repository back as it was before the interrupted prepare, byte for byte, and removes
   * the journal.
   */
  void restore(GitRepository git, Consumer<String> log) throws ReleaseException {
    Path gitDir = git.gitDir();
    Path root = git.workTree();
    try {
      // locks this run left when it was killed mid-commit (release:prepare holds the repository)
      for (String lock : List.of("index.lock", "HEAD.lock", "packed-refs.lock")) {
        Files.deleteIfExists(gitDir.resolve(lock));
      }
      String branch = state.getProperty("branch");
      if (!branch.isEmpty()) {
        Files.deleteIfExists(gitDir.resolve("refs/heads/" + branch + ".lock"));
      }
      String tag = state.getProperty("tag");
      Files.deleteIfExists(gitDir.resolve("refs/tags/" + tag + ".lock"));
      int files = Integer.parseInt(state.getProperty("files"));
      byte[] originals =
          files == 0 || !Files.isRegularFile(dir.resolve(FILES))
              ? new byte[0]
              : Files.readAllBytes(dir.resolve(FILES));
      for (int i = 0; i < files; i++) {
        String key = "file." + i;
        Path file = root.resolve(state.getProperty(key + ".path"));
        if (Boolean.parseBoolean(state.getProperty(key + ".exists"))) {
          byte[] bytes;
          if (state.getProperty(key + ".offset") == null) {
            // a journal of an earlier version: one copy per file
            bytes = Files.readAllBytes(dir.resolve("files").resolve(Integer.toString(i)));
          } else {
            int from = Integer.parseInt(state.getProperty(key + ".offset"));
            int length = Integer.parseInt(state.getProperty(key + ".length"));
            if (from + length > originals.length) {
              throw new IOException("the journal's copy of " + file + " is missing");
            }
            bytes = Arrays.copyOfRange(originals, from, from + length);
          }
          String expected = state.getProperty(key + ".sha256");
          if (!sha256(bytes).equals(expected)) {
            throw new IOException("the journal's copy of " + file + " is damaged");
          }
          if (!Files.isRegularFile(file) || !sha256(Files.readAllBytes(file)).equals(expected)) {
            AtomicFiles.write(file, bytes);
          }
        } else {
          Files.deleteIfExists(file);
        }
        deleteTemporaries(file);
      }
      String previousHead = state.getProperty("previousHead");
      if (!git.head().map(previousHead::equals).orElse(false)) {
        git.write().reset(previousHead, ResetMode.SOFT);
      }
      if (git.tagExists(tag)) {
        git.write().deleteTag(tag);
      }
      Path index = gitDir.resolve("index");
      if (Boolean.parseBoolean(state.getProperty("index"))) {
        AtomicFiles.write(index, Files.readAllBytes(dir.resolve(INDEX)));
      }
      Path record = ReleaseRecord.file(gitDir);
      if (Boolean.parseBoolean(state.getProperty("record"))) {
        AtomicFiles.write(record, Files.readAllBytes(dir.resolve("record.bytes")));
      } else {
        Files.deleteIfExists(record);
      }
      deleteTemporaries(index);
      deleteTemporaries(record);
      close();
      deleteIfEmpty(dir.getParent());
    } catch (IOException | RuntimeException e) {
      throw new ReleaseException(
          "cannot restore the repository from the release journal in "
              + dir
              + ": "
              + e.getMessage()
              + "; the journal is kept, fix the cause and run release:rollback again",
          e);
    }
    log.accept(
        "Restored the repository from the journal of the interrupted release:prepare of "
            + state.getProperty("version")
            + ": HEAD is back at "
            + state.getProperty("previousHead").substring(0, 7)
            + ", the index and "
            + state.getProperty("files")
            + " files are as before, tag "
            + state.getProperty("tag")
            + " does not exist");
  }

  private void save() throws IOException {
    StringBuilder s = new StringBuilder("# written by tollgate release:prepare; do not edit\n");
    List<String> keys = new ArrayList<>(state.stringPropertyNames());
    keys.sort(null);
    for (String key : keys) {
      s.append(key).append('=').append(escape(state.getProperty(key))).append('\n');
    }
    AtomicFiles.write(dir.resolve(STATE), s.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  // AtomicFiles' temporary files (".name.<random>.tollgate-tmp") a kill left beside the file
  private static void deleteTemporaries(Path file) throws IOException {
    Path parent = file.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    String prefix = "." + file.getFileName() + ".";
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".tollgate-tmp")) {
          Files.deleteIfExists(entry);
        }
      }
    }
  }

  private static void deleteIfEmpty(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        if (entries.iterator().hasNext()) {
          return;
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static void deleteTree(Path dir) {
    try {
      if (!Files.exists(dir)) {
        return;
      }
      try (var walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // best effort: a journal that cannot be deleted is reported by the next prepare
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
