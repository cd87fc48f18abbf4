package dev.tollgate.quality.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.hooks.HookMain;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HooksSetupTest {

  @TempDir Path dir;

  @Test
  void theHooksRunCoreAndItsLibrariesWithoutMavenOrThePluginsAdapters() throws Exception {
    Path core = Path.of(HookMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> realm =
        List.of(
            "maven-core-3.9.11.jar",
            "plexus-utils-4.0.2.jar",
            "quality-maven-plugin-0.1.0-SNAPSHOT.jar",
            "tollgate-maven-support-0.1.0-SNAPSHOT.jar",
            "org.eclipse.jgit-7.3.0.jar",
            "re2j-1.8.jar");
    URL[] urls = new URL[realm.size() + 1];
    for (int i = 0; i < realm.size(); i++) {
      urls[i] = dir.resolve(realm.get(i)).toUri().toURL();
    }
    urls[realm.size()] = core.toUri().toURL();

    try (URLClassLoader loader = new URLClassLoader(urls, null)) {
      List<Path> classpath = HooksSetup.classpath(loader);

      assertThat(classpath.get(0)).isEqualTo(core);
      assertThat(classpath.stream().map(p -> p.getFileName().toString()))
          .contains("org.eclipse.jgit-7.3.0.jar", "re2j-1.8.jar")
          .noneMatch(n -> n.startsWith("maven-") || n.startsWith("plexus-"))
          .noneMatch(n -> n.startsWith("quality-maven-plugin"))
          .noneMatch(n -> n.startsWith("tollgate-maven-support"));
    }
  }
}
