package dev.tollgate.core.tools;

import dev.tollgate.core.git.GitException;
import dev.tollgate.core.git.GitRepository;
import dev.tollgate.core.io.AtomicFiles;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Severity;
import dev.tollgate.core.tools.ToolPinOptions.ActionPolicy;
import dev.tollgate.core.tools.ToolPinOptions.Scan;
import dev.tollgate.core.tools.WorkflowScanner.ActionUse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Pins every GitHub Action of the workflows and actions to the commit its tag or branch points at:
 * {@code owner/repo@v4} becomes {@code owner/repo@<sha> # v4.2.1}, the comment naming the most
 * precise release tag on that commit. The remote's refs are listed through the git gateway ({@code
 * git ls-remote}, nothing fetched). Lossless: only the ref changes, and a version comment is added
 * where the line has none; quoting, indentation, other comments and line endings stay byte for
 * byte. A ref that cannot be resolved (offline, unknown tag) is reported and left as it is.
 */
public final class ActionPinFix {

  /** The rule id of a ref the fixer could not resolve. */
  static final String UNRESOLVED = "unresolved-action";

  private static final Pattern VERSION_TAG = Pattern.compile("v?(\\d+)((?:\\.\\d+)*)");

  /**
   * A ref resolved to a commit.
   *
   * @param sha the full commit id
   * @param version the release the comment names
   */
  record Resolved(String sha, String version) {}

  /**
   * The outcome of a fix.
   *
   * @param changed the files rewritten, relative to the root
   * @param pinned how many references were pinned
   * @param findings one warning per reference that could not be resolved
   */
  public record Result(List<String> changed, int pinned, List<Finding> findings) {}

  private ActionPinFix() {}

  /** Pins the actions under {@code root}, listing remotes with the git gateway. */
  public static Result run(Path root, ToolPinOptions options) throws IOException {
    return run(root, options, GitRepository::lsRemote);
  }

  /**
   * Pins the actions under {@code root}.
   *
   * @param lsRemote lists a remote's refs (ref name to commit), throwing {@link GitException} when
   *     it cannot
   */
  static Result run(
      Path root, ToolPinOptions options, Function<String, Map<String, String>> lsRemote)
      throws IOException {
    ToolPinOptions actionsOnly =
        new ToolPinOptions(
            java.util.Set.of(Scan.ACTIONS),
            ActionPolicy.SHA,
            options.images(),
            options.tools(),
            options.actionsRemote());
    Map<String, Map<String, String>> remotes = new HashMap<>();
    Map<String, String> failures = new HashMap<>();
    Function<String, Optional<Map<String, String>>> refsOf =
        url -> {
          if (failures.containsKey(url)) {
            return Optional.empty();
          }
          try {
            return Optional.of(remotes.computeIfAbsent(url, lsRemote));
          } catch (GitException e) {
            failures.put(url, e.getMessage());
            return Optional.empty();
          }
        };
    List<String> changed = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    int pinned = 0;
    for (Map.Entry<String, ToolFile> file : ToolPinCheck.find(root, actionsOnly).entrySet()) {
      if (file.getValue() != ToolFile.WORKFLOW && file.getValue() != ToolFile.ACTION) {
        continue;
      }
      Path path = root.resolve(file.getKey());
      String text = Files.readString(path, StandardCharsets.UTF_8);
      Edit edit;
      try {
        edit = rewrite(file.getKey(), text, options, refsOf, failures);
      } catch (MalformedFile e) {
        findings.add(e.finding(file.getKey(), file.getValue().label()));
        continue;
      }
      findings.addAll(edit.findings());
      if (!edit.text().equals(text)) {
        AtomicFiles.write(path, edit.text().getBytes(StandardCharsets.UTF_8));
        changed.add(file.getKey());
        pinned += edit.pinned();
      }
    }
    return new Result(changed, pinned, findings);
  }

  /** A file's new text, the number of references pinned and the ones that could not be. */
  record Edit(String text, int pinned, List<Finding> findings) {}

  /** Rewrites the {@code uses:} refs of one file's text. Pure apart from {@code refsOf}. */
  static Edit rewrite(
      String path,
      String text,
      ToolPinOptions options,
      Function<String, Optional<Map<String, String>>> refsOf,
      Map<String, String> failures) {
    List<ActionUse> uses = new ArrayList<>(WorkflowScanner.uses(text));
    // edit from the end, so earlier offsets stay valid
    uses.sort(Comparator.comparingInt((ActionUse u) -> YamlTree.line(u.node())).reversed());
    int[] lineStarts = lineStarts(text);
    StringBuilder out = new StringBuilder(text);
    List<Finding> findings = new ArrayList<>();
    int pinned = 0;
    for (ActionUse use : uses) {
      String value = use.value();
      if (ActionRefRule.check(value, ActionPolicy.SHA).isEmpty() || value.startsWith("docker://")) {
        continue;
      }
      int line = YamlTree.line(use.node());
      int column = YamlTree.column(use.node());
      int at = value.lastIndexOf('@');
      String[] parts = (at < 0 ? value : value.substring(0, at)).split("/");
      if (at < 0 || parts.length < 2 || !use.singleLine()) {
        findings.add(
            unresolved(
                path,
                line,
                column,
                value,
                at < 0
                    ? "it names no version to resolve; choose a release first"
                    : "write it on one line to have it fixed"));
        continue;
      }
      String ref = value.substring(at + 1);
      String url = options.remoteOf(parts[0], parts[1]);
      Optional<Map<String, String>> refs = refsOf.apply(url);
      if (refs.isEmpty()) {
        findings.add(unresolved(path, line, column, value, failures.get(url)));
        continue;
      }
      Optional<Resolved> resolved = resolve(ref, refs.get());
      if (resolved.isEmpty()) {
        findings.add(unresolved(path, line, column, value, url + " has no tag or branch " + ref));
        continue;
      }
      int lineStart = lineStarts[line - 1];
      int lineEnd = line < lineStarts.length ? lineStarts[line] : text.length();
      String lineText = text.substring(lineStart, lineEnd);
      int start = lineText.offsetByCodePoints(0, column - 1);
      boolean quoted =
          use.node().getScalarStyle() == ScalarStyle.SINGLE_QUOTED
              || use.node().getScalarStyle() == ScalarStyle.DOUBLE_QUOTED;
      int valueStart = lineText.indexOf(value, start);
      if (valueStart < 0) {
        findings.add(
            unresolved(path, line, column, value, "it is written with escapes; pin it by hand"));
        continue;
      }
      int refStart = valueStart + at + 1;
      int valueEnd = valueStart + value.length() + (quoted ? 1 : 0);
      String after = lineText.substring(valueEnd);
      String newLine =
          lineText.substring(0, refStart)
              + resolved.get().sha()
              + lineText.substring(refStart + ref.length(), valueEnd)
              + comment(after, ref, resolved.get().version());
      out.replace(lineStart, lineEnd, newLine);
      pinned++;
    }
    findings.sort(
        Comparator.comparingInt(
            f -> ((dev.tollgate.core.report.Location.InFile) f.location()).line()));
    return new Edit(out.toString(), pinned, findings);
  }

  /** The rest of the line after the value, with a version comment added or brought up to date. */
  private static String comment(String after, String oldRef, String version) {
    Matcher existing =
        Pattern.compile("^(\\s+#\\s*(?:tag=)?)(\\S+)(.*)$", Pattern.DOTALL).matcher(after);
    if (existing.matches()) {
      return existing.group(2).equals(oldRef)
          ? existing.group(1) + version + existing.group(3)
          : after;
    }
    return " # " + version + after;
  }

  private static Finding unresolved(String path, int line, int column, String value, String why) {
    return new Problem(
            UNRESOLVED,
            Severity.WARN,
            "could not pin " + value + ": " + why,
            "check tollgate.pins.actionsRemote and the network, or pin it by hand")
        .at(path, line, column);
  }

  /** The commit {@code ref} names among {@code refs}, with the most precise release tag on it. */
  static Optional<Resolved> resolve(String ref, Map<String, String> refs) {
    String sha = refs.get("refs/tags/" + ref);
    if (sha == null) {
      sha = refs.get("refs/heads/" + ref);
    }
    if (sha == null) {
      return Optional.empty();
    }
    String commit = sha;
    String best = ref;
    int bestParts = VERSION_TAG.matcher(ref).matches() ? parts(ref) : 0;
    for (Map.Entry<String, String> e : refs.entrySet()) {
      if (!e.getKey().startsWith("refs/tags/") || !e.getValue().equals(commit)) {
        continue;
      }
      String tag = e.getKey().substring("refs/tags/".length());
      if (VERSION_TAG.matcher(tag).matches() && parts(tag) > bestParts) {
        best = tag;
        bestParts = parts(tag);
      }
    }
    return Optional.of(new Resolved(commit, best));
  }

  private static int parts(String tag) {
    return tag.split("\\.").length;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
