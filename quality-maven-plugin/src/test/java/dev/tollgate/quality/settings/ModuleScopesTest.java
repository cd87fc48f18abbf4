package dev.tollgate.quality.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.quality.settings.ModuleScopes.Module;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleScopesTest {

  @Test
  void directoryNamesAndArtifactIdsOfAllButTheTopProject() {
    Path top = Path.of("/work/acme");
    List<String> names =
        ModuleScopes.names(
            top,
            List.of(
                new Module(top, "acme-parent"),
                new Module(top.resolve("core"), "acme-core"),
                new Module(top.resolve("plugins/web"), "web"),
                new Module(top.resolve("plugins"), "acme-plugins"),
                new Module(top.resolve("plugins/./cli"), "cli")));
    assertThat(names).containsExactly("acme-core", "acme-plugins", "cli", "core", "plugins", "web");
  }

  @Test
  void aSingleProjectHasNoModules() {
    Path top = Path.of("/work/acme");
    assertThat(ModuleScopes.names(top, List.of(new Module(top, "acme")))).isEmpty();
  }
}
