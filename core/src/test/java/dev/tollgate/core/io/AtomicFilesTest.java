package dev.tollgate.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links stay links, modes stay modes, new files get the umask's mode, nothing stray is left. */
class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void aSymlinkStaysALinkAndItsTargetIsWritten() throws Exception {
    Path target = dir.resolve("docs/CHANGELOG.md");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "old\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    Path link = dir.resolve("CHANGELOG.md");
    Files.createSymbolicLink(link, Path.of("docs/CHANGELOG.md"));

    AtomicFiles.write(link, "new\n".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("docs/CHANGELOG.md"));
    assertThat(Files.readString(target)).isEqualTo("new\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r-----");
    try (var files = Files.list(target.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("CHANGELOG.md");
    }
  }

  @Test
  void aNewFileGetsTheModeAnyNewFileGetsNotAPrivateOne() throws Exception {
    Path reference = Files.createFile(dir.resolve("reference"));
    Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(reference);
    Path created = dir.resolve("sub/CHANGELOG.md");
    AtomicFiles.write(created, "x".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.getPosixFilePermissions(created)).isEqualTo(umaskMode);
  }

  @Test
  void anExecutableKeepsItsMode() throws Exception {
    Path script = dir.resolve("run.sh");
    Files.writeString(script, "#!/bin/sh\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    AtomicFiles.write(script, "#!/bin/sh\necho\n".getBytes(StandardCharsets.UTF_8));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
        .isEqualTo("rwxr-xr-x");
  }
}
