package dev.tollgate.core.release;

import dev.tollgate.core.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the last {@code release:prepare} did, kept inside the git directory (never in the working
 * tree) so that {@code release:rollback} and {@code release:perform} know the commits and the tag.
 *
 * @param branch the branch released from
 * @param previousHead the commit HEAD pointed at before prepare
 * @param releaseCommit the release commit (the tag points at it)
 * @param lastCommit the last commit prepare made (the development commit, or the release commit)
 * @param pushed whether {@code release:perform} pushed it
 */
public record ReleaseRecord(
    String version,
    String tag,
    String branch,
    String previousHead,
    String releaseCommit,
    String lastCommit,
    boolean pushed) {

  static final String FILE = "tollgate/last-release.properties";

  public static Path file(Path gitDir) {
    return gitDir.resolve(FILE);
  }

  public static Optional<ReleaseRecord> read(Path gitDir) throws IOException {
    Path file = file(gitDir);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    return Optional.of(
        new ReleaseRecord(
            p.getProperty("version"),
            p.getProperty("tag"),
            p.getProperty("branch"),
            p.getProperty("previousHead"),
            p.getProperty("releaseCommit"),
            p.getProperty("lastCommit"),
            Boolean.parseBoolean(p.getProperty("pushed"))));
  }

  /**
   * The last prepared release, which a goal needs to go on.
   *
   * @param missing the message when there is none, saying what to do
   * @throws ReleaseException with {@code missing} when there is none, or when it cannot be read
   */
  static ReleaseRecord require(Path gitDir, String missing) throws ReleaseException {
    try {
      return read(gitDir).orElseThrow(() -> new ReleaseException(missing));
    } catch (IOException e) {
      throw new ReleaseException("cannot read the release record: " + e.getMessage(), e);
    }
  }

  public void write(Path gitDir) throws IOException {
    AtomicFiles.write(file(gitDir), bytes());
  }

  public ReleaseRecord asPushed() {
    return new ReleaseRecord(version, tag, branch, previousHead, releaseCommit, lastCommit, true);
  }

  byte[] bytes() {
    StringBuilder s = new StringBuilder("# written by tollgate release:prepare\n");
    s.append("version=").append(version).append('\n');
    s.append("tag=").append(tag).append('\n');
    s.append("branch=").append(branch).append('\n');
    s.append("previousHead=").append(previousHead).append('\n');
    s.append("releaseCommit=").append(releaseCommit).append('\n');
    s.append("lastCommit=").append(lastCommit).append('\n');
    s.append("pushed=").append(pushed).append('\n');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
