package dev.tollgate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.tools.ToolPinCheck;
import dev.tollgate.core.tools.ToolPinOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our own CI recipes follow our rule: every complete workflow in docs/ pins its actions by commit
 * SHA (checked by quality:pins' own scanner), declares {@code permissions:} ({@code
 * security-events: write} where it uploads SARIF), and builds with {@code ./mvnw}.
 */
class CiRecipesTest {

  private static final Pattern YAML_BLOCK = Pattern.compile("(?s)```yaml\\n(.*?)```");

  @TempDir Path project;

  private record Recipe(String doc, String text) {}

  private static List<Recipe> recipes() throws IOException {
    Path docs = Path.of(System.getProperty("tollgate.repo.dir", "..")).resolve("docs");
    List<Recipe> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(docs)) {
      for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        Matcher m = YAML_BLOCK.matcher(Files.readString(md, StandardCharsets.UTF_8));
        while (m.find()) {
          out.add(new Recipe(md.getFileName().toString(), m.group(1)));
        }
      }
    }
    return out;
  }

  @Test
  void workflowRecipesPinActionsDeclarePermissionsAndUseTheWrapper() throws IOException {
    List<Recipe> workflows =
        recipes().stream()
            .filter(r -> r.text().contains("jobs:") && r.text().contains("uses:"))
            .toList();
    assertThat(workflows).hasSizeGreaterThanOrEqualTo(3);
    Path dir = Files.createDirectories(project.resolve(".github/workflows"));
    for (int i = 0; i < workflows.size(); i++) {
      Recipe r = workflows.get(i);
      Files.writeString(dir.resolve(r.doc() + "-" + i + ".yml"), r.text(), StandardCharsets.UTF_8);
      assertThat(r.text()).as(r.doc()).contains("permissions:");
      if (r.text().contains("upload-sarif")) {
        assertThat(r.text()).as(r.doc()).contains("security-events: write");
      }
      assertThat(r.text()).as(r.doc()).doesNotContainPattern("run: mvn ");
    }
    assertThat(ToolPinCheck.run(project, ToolPinOptions.defaults()).findings()).isEmpty();
  }

  @Test
  void gitLabRecipesPinTheirImagesAndUseTheWrapper() throws IOException {
    for (Recipe r : recipes()) {
      if (r.text().contains("script:") && r.text().contains("image:")) {
        Files.writeString(project.resolve(".gitlab-ci.yml"), r.text(), StandardCharsets.UTF_8);
        assertThat(ToolPinCheck.run(project, ToolPinOptions.defaults()).findings())
            .as(r.doc())
            .isEmpty();
        assertThat(r.text()).as(r.doc()).doesNotContainPattern("- mvn ");
      }
    }
  }
}
