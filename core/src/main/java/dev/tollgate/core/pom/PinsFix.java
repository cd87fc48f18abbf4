package dev.tollgate.core.pom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code quality:pins-fix} for the Maven side: writes the missing plugin pins into the
 * pluginManagement of the POM of the build where each belongs (the reactor root for every module
 * under it), with {@link PluginManagementEditor}. Touches no file outside the project root.
 */
public final class PinsFix {

  private PinsFix() {}

  /**
   * Edits the POMs, writing them unless {@code dryRun}.
   *
   * @param root the project root
   * @param pins the pins to write ({@link PinCheck.Result#missing()})
   * @param dryRun whether to leave every file as it is
   * @return one edit per POM that needs pins, in order (changed or not)
   * @throws PomEditException when a POM cannot be read, edited losslessly or written, or lies
   *     outside the root
   */
  public static List<PomEdit> apply(Path root, List<MissingPin> pins, boolean dryRun)
      throws PomEditException {
    Path base = root.toAbsolutePath().normalize();
    Map<String, List<MissingPin>> byPom = new LinkedHashMap<>();
    pins.forEach(p -> byPom.computeIfAbsent(p.pom(), k -> new ArrayList<>()).add(p));
    List<PomEdit> edits = new ArrayList<>();
    for (Map.Entry<String, List<MissingPin>> entry : byPom.entrySet()) {
      Path file = base.resolve(entry.getKey()).normalize();
      if (!file.startsWith(base)) {
        throw new PomEditException(
            entry.getKey() + ": is outside the project root " + base + "; pin it there by hand");
      }
      String text;
      try {
        byte[] bytes = Files.readAllBytes(file);
        text = new String(bytes, StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
          throw new PomEditException(
              entry.getKey() + ": is not UTF-8; add the pins by hand or convert it to UTF-8");
        }
      } catch (IOException e) {
        throw new PomEditException(entry.getKey() + ": cannot read (" + e.getMessage() + ")", e);
      }
      PomEdit edit = PluginManagementEditor.add(Path.of(entry.getKey()), text, entry.getValue());
      if (edit.changed() && !dryRun) {
        try {
          Files.write(file, edit.after());
        } catch (IOException e) {
          throw new PomEditException(entry.getKey() + ": cannot write (" + e.getMessage() + ")", e);
        }
      }
      edits.add(edit);
    }
    return edits;
  }

  /**
   * The change of an edit as unified-diff lines: one hunk from the first to the last changed line.
   */
  public static List<String> diff(PomEdit edit) {
    List<String> before = lines(new String(edit.before(), StandardCharsets.UTF_8));
    List<String> after = lines(new String(edit.after(), StandardCharsets.UTF_8));
    int start = 0;
    while (start < before.size()
        && start < after.size()
        && before.get(start).equals(after.get(start))) {
      start++;
    }
    int endBefore = before.size();
    int endAfter = after.size();
    while (endBefore > start
        && endAfter > start
        && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
      endBefore--;
      endAfter--;
    }
    List<String> out = new ArrayList<>();
    if (start == endBefore && start == endAfter) {
      return out;
    }
    out.add("--- " + edit.path());
    out.add("+++ " + edit.path());
    out.add(
        "@@ -"
            + (start + 1)
            + ","
            + (endBefore - start)
            + " +"
            + (start + 1)
            + ","
            + (endAfter - start)
            + " @@");
    before.subList(start, endBefore).forEach(l -> out.add("-" + l));
    after.subList(start, endAfter).forEach(l -> out.add("+" + l));
    return out;
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\r?\n", -1));
  }
}
