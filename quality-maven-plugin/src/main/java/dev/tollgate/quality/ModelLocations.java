package dev.tollgate.quality;

import dev.tollgate.core.report.Location;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputLocationTracker;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;

/** Maven's input locations as core {@link Location}s: file relative to the root, line, column. */
final class ModelLocations {

  private ModelLocations() {}

  /** The project root: the multi-module project directory, else the execution root. */
  static Path root(MavenSession session) {
    File dir = session.getRequest().getMultiModuleProjectDirectory();
    return normalized(dir == null ? new File(session.getExecutionRootDirectory()) : dir);
  }

  /** The root POM's pluginManagement (or build, or project) element: where pins belong. */
  static Location pinAt(Path root, MavenProject top) {
    String path = relative(root, top.getFile());
    Model raw = top.getOriginalModel();
    InputLocation at = null;
    String element = "";
    if (raw != null && raw.getBuild() != null) {
      if (raw.getBuild().getPluginManagement() != null) {
        at = raw.getBuild().getPluginManagement().getLocation("");
        element = "pluginManagement";
      }
      if (at == null) {
        at = raw.getBuild().getLocation("");
        element = "build";
      }
    }
    if (at == null && raw != null) {
      at = raw.getLocation("");
      element = "project";
    }
    return at == null ? Location.file(path) : position(path, at, element);
  }

  static Location where(String path, InputLocationTracker element, boolean hasVersion) {
    String key = hasVersion ? "version" : "artifactId";
    InputLocation at = element.getLocation(key);
    if (at == null) {
      key = "";
      at = element.getLocation("");
    }
    return at == null ? Location.file(path) : position(path, at, key);
  }

  /**
   * The position of an element's start tag {@code <}. Maven 3 records the position just after the
   * start tag, Maven 4 another one: the POM's own line decides, so the column is the same on both.
   * When the line cannot be read, Maven 3's convention is assumed.
   */
  static Location position(String path, InputLocation at, String element) {
    return position(
        path,
        at.getSource() == null ? null : at.getSource().getLocation(),
        at.getLineNumber(),
        at.getColumnNumber(),
        element);
  }

  /**
   * As {@link #position(String, InputLocation, String)}, from a location's parts.
   *
   * @param recorded the file Maven recorded, or {@code null}
   */
  static Location position(String path, String recorded, int atLine, int column, String element) {
    int line = Math.max(atLine, 0);
    if (!element.isEmpty()) {
      int tag = tagStart(path, recorded, line, column, element);
      if (tag > 0) {
        column = tag;
      } else if (column > 0) {
        column = Math.max(1, column - element.length() - 2);
      }
    }
    return Location.file(path, line, Math.max(column, 0));
  }

  /**
   * The 1-based column of the last {@code <element} on the line that starts at or before {@code
   * column}, else of the first on the line (Maven 4 may record a column before the tag).
   */
  private static int tagStart(String path, String recorded, int line, int column, String element) {
    if (line < 1) {
      return -1;
    }
    Translation run = RUN.get();
    List<String> lines = recorded == null ? List.of() : lines(run, recorded);
    if (lines.isEmpty() && run != null) {
      lines = lines(run, run.root().resolve(path).toString());
    }
    if (line > lines.size()) {
      return -1;
    }
    String text = lines.get(line - 1);
    String open = "<" + element;
    int before = -1;
    int first = -1;
    for (int i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      int after = i + open.length();
      if (after == text.length() || " \t>/".indexOf(text.charAt(after)) >= 0) {
        first = first < 0 ? i + 1 : first;
        before = i < column ? i + 1 : before;
      }
    }
    return before > 0 ? before : first;
  }

  /** A file's lines, read once per translation; none when it cannot be read. */
  private static List<String> lines(Translation run, String file) {
    if (run == null) {
      return read(file);
    }
    List<String> lines = run.lines().get(file);
    if (lines == null) {
      lines = read(file);
      run.lines().put(file, lines);
    }
    return lines;
  }

  private static List<String> read(String file) {
    try {
      String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
      if (text.indexOf('\r') >= 0) {
        return text.lines().toList(); // \r\n or a lone \r: as readAllLines splits them
      }
      // the common case, split without a reader per line
      List<String> lines = new ArrayList<>();
      int from = 0;
      for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
        lines.add(text.substring(from, nl));
        from = nl + 1;
      }
      if (from < text.length()) {
        lines.add(text.substring(from));
      }
      return lines;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /**
   * The translation running on this thread: its project root (Maven 4 may record a location without
   * its file, which is then the relative path resolved against it) and the POM lines it has read.
   */
  private record Translation(Path root, Map<String, List<String>> lines) {}

  private static final ThreadLocal<Translation> RUN = new ThreadLocal<>();

  /** Runs a translation with {@code root} as the project root of the locations it makes. */
  static <T> T withRoot(Path root, java.util.function.Supplier<T> translation) {
    begin(root);
    try {
      return translation.get();
    } finally {
      end();
    }
  }

  /**
   * Starts a translation on this thread (a worker's: its own cache of POM lines); {@link #end()}
   * ends it.
   */
  static void begin(Path root) {
    RUN.set(new Translation(root, new HashMap<>()));
  }

  /** Ends this thread's translation. */
  static void end() {
    RUN.remove();
  }

  static String relative(Path root, File file) {
    Path path = normalized(file);
    return (path.startsWith(root) ? root.relativize(path) : path).toString().replace('\\', '/');
  }

  static Path normalized(File file) {
    return file.toPath().toAbsolutePath().normalize();
  }
}
