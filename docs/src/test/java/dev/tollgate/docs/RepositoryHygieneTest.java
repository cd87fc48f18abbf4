package dev.tollgate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No file of the repository may name a package registry's host: users reach registries through
 * their own settings and mirrors. The host names are assembled from parts so this file does not
 * name them either.
 */
class RepositoryHygieneTest {

  private static final List<String> REGISTRY_HOSTS =
      List.of(
          String.join(".", "repo", "maven", "apache", "org"),
          String.join(".", "repo1", "maven", "org"),
          String.join(".", "central", "sonatype", "com"),
          String.join(".", "oss", "sonatype", "org"),
          String.join(".", "registry", "npmjs", "org"),
          String.join(".", "registry", "yarnpkg", "com"),
          String.join(".", "deb", "debian", "org"),
          String.join(".", "pypi", "org"),
          String.join(".", "plugins", "gradle", "org"));

  private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", "node_modules");

  @Test
  void noFileNamesARegistryHost() throws IOException {
    Path root = Path.of(System.getProperty("tollgate.repo.dir", ".."));
    assertThat(root.resolve("pom.xml")).exists();
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file :
          files
              .filter(p -> root.relativize(p).toString().isEmpty() || !skipped(root.relativize(p)))
              .filter(Files::isRegularFile)
              .toList()) {
        String text;
        try {
          text = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        } catch (MalformedInputException binary) {
          continue;
        }
        for (String host : REGISTRY_HOSTS) {
          if (text.contains(host)) {
            offenders.add(root.relativize(file) + " names " + host);
          }
        }
      }
    }
    assertThat(offenders).as("files naming a registry host").isEmpty();
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (SKIPPED_DIRS.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }
}
