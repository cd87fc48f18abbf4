package dev.tollgate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Renders docs/reference/ from the plugin descriptors on the class path and fails when the
 * committed files differ (or, with {@code -Dtollgate.docs.update=true}, rewrites them).
 */
class GoalReferenceTest {

  private final Path referenceDir =
      Path.of(System.getProperty("tollgate.docs.dir", ".")).resolve("reference");

  @Test
  void committedReferenceMatchesThePluginDescriptors() throws Exception {
    Map<String, String> expected = new TreeMap<>();
    List<String> prefixes = new ArrayList<>();
    for (URL url :
        Collections.list(getClass().getClassLoader().getResources("META-INF/maven/plugin.xml"))) {
      try (InputStream in = url.openStream()) {
        PluginDescriptor plugin = PluginDescriptor.read(in);
        if (plugin.artifactId().endsWith("-maven-plugin") && !plugin.goalPrefix().isEmpty()) {
          prefixes.add(plugin.goalPrefix());
          expected.putAll(GoalReferenceRenderer.render(plugin));
        }
      }
    }
    assertThat(prefixes).containsExactlyInAnyOrder("quality", "release");

    if (Boolean.getBoolean("tollgate.docs.update")) {
      Files.createDirectories(referenceDir);
      try (Stream<Path> old = Files.list(referenceDir)) {
        for (Path p : old.toList()) {
          if (!expected.containsKey(p.getFileName().toString())) {
            Files.delete(p);
          }
        }
      }
      for (var page : expected.entrySet()) {
        Files.writeString(
            referenceDir.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
      }
      return;
    }

    Map<String, String> actual = new TreeMap<>();
    if (Files.isDirectory(referenceDir)) {
      try (Stream<Path> files = Files.list(referenceDir)) {
        for (Path p : files.toList()) {
          actual.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(actual)
        .as(
            "docs/reference/ is stale: regenerate it with"
                + " ./mvnw -pl docs -am verify -Dtollgate.docs.update=true and commit the result")
        .isEqualTo(expected);
  }
}
