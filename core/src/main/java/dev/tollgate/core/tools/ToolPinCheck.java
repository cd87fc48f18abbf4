package dev.tollgate.core.tools;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.tools.ToolPinOptions.Scan;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The scanners of {@code quality:pins} beyond Maven: finds the files under the project root (the
 * I/O edge), hands each one's text to its scanner, and returns every finding, each at its file,
 * line and column. A file its scanner cannot parse is one {@code malformed-file} finding.
 */
public final class ToolPinCheck {

  /**
   * Directories never entered: build output, dependencies, git's own, test data and fixtures
   * (Maven's {@code src/test} and {@code src/it} too: their files are test inputs, not the build's
   * tools), and hidden directories other than the CI ones.
   */
  private static final Set<String> SKIPPED =
      Set.of(
          "target",
          "node_modules",
          ".git",
          "testdata",
          "test-data",
          "test_data",
          "fixtures",
          "__fixtures__");

  private static final Set<String> HIDDEN_KEPT =
      Set.of(".github", ".gitlab", ".mvn", ".devcontainer");

  /**
   * The outcome of one scan.
   *
   * @param findings every finding, ordered by file
   * @param files how many files were read
   */
  public record Result(List<Finding> findings, int files) {}

  private ToolPinCheck() {}

  /**
   * Scans the files under {@code root}.
   *
   * @throws IOException when the tree cannot be walked
   */
  public static Result run(Path root, ToolPinOptions options) throws IOException {
    return run(root, options, Set.of());
  }

  /**
   * Scans the files under {@code root}; the POMs Maven has already parsed ({@code wellFormed},
   * paths relative to {@code root}) are parsed again only when their text can name a runtime
   * version, so a large reactor is not parsed twice.
   *
   * @throws IOException when the tree cannot be walked
   */
  public static Result run(Path root, ToolPinOptions options, Set<String> wellFormed)
      throws IOException {
    Map<String, ToolFile> files = find(root, options);
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, ToolFile> file : files.entrySet()) {
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(root.resolve(file.getKey()))))
                .toString();
      } catch (CharacterCodingException e) {
        findings.add(
            MalformedFile.finding(file.getKey(), file.getValue().label(), "not UTF-8 text", 0, 0));
        continue;
      }
      if (file.getValue() == ToolFile.POM
          && wellFormed.contains(file.getKey())
          && !mayNameRuntime(text)) {
        continue;
      }
      findings.addAll(scan(file.getKey(), file.getValue(), text, options));
    }
    return new Result(findings, files.size());
  }

  /**
   * Whether a POM's text can hold a version {@link RuntimeVersionScanner#xml} judges: only one
   * naming {@code requireJavaVersion}, {@code toolchains} or {@code provides} can. (Here, not in
   * the scanner, so that a reactor with none does not even set up the XML reader.)
   */
  static boolean mayNameRuntime(String text) {
    return text.contains("requireJavaVersion")
        || text.contains("toolchains")
        || text.contains("provides");
  }

  /** The findings of one file whose kind is known; never throws for what the file holds. */
  static List<Finding> scan(String path, ToolFile kind, String text, ToolPinOptions options) {
    try {
      return switch (kind) {
        case WORKFLOW, ACTION -> WorkflowScanner.scan(path, text, options);
        case DOCKERFILE -> DockerfileScanner.scan(path, text, options.images());
        case COMPOSE -> ComposeScanner.scan(path, text, options.images());
        case GITLAB_CI -> GitLabCiScanner.scan(path, text, options.images());
        case PRE_COMMIT -> PreCommitScanner.scan(path, text);
        case SDKMANRC -> RuntimeVersionScanner.sdkmanrc(path, text, options.tools());
        case TOOL_VERSIONS -> RuntimeVersionScanner.toolVersions(path, text, options.tools());
        case JAVA_VERSION ->
            RuntimeVersionScanner.singleVersion(path, ".java-version", text, options.tools());
        case NVMRC -> RuntimeVersionScanner.singleVersion(path, ".nvmrc", text, options.tools());
        case TOOLCHAINS, POM -> RuntimeVersionScanner.xml(path, text, options.tools());
      };
    } catch (MalformedFile e) {
      return List.of(e.finding(path, kind.label()));
    } catch (RuntimeException e) {
      // a parser's own failure on unusual input: still one finding, never a stack trace
      return List.of(
          MalformedFile.finding(path, kind.label(), String.valueOf(e.getMessage()), 0, 0));
    }
  }

  /** The files to scan, by path relative to {@code root}, in path order. */
  static Map<String, ToolFile> find(Path root, ToolPinOptions options) throws IOException {
    Map<String, ToolFile> found = new TreeMap<>(Comparator.naturalOrder());
    if (!Files.isDirectory(root)) {
      return found;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            String name = dir.getFileName().toString();
            String rel = relative(root, dir);
            if (SKIPPED.contains(name)
                || name.startsWith(".") && !HIDDEN_KEPT.contains(name)
                || rel.endsWith("src/test")
                || rel.endsWith("src/it")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
              String rel = relative(root, file);
              ToolFile.of(rel)
                  .filter(kind -> kind.wanted(options))
                  .filter(kind -> kind != ToolFile.POM || options.scans(Scan.TOOLS))
                  .ifPresent(kind -> found.put(rel, kind));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    return found;
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
