package dev.tollgate.quality;

import dev.tollgate.core.report.Location;
import java.io.File;
import java.nio.file.Path;
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
   * Maven records the position just after an element's start tag; findings point at the tag's
   * {@code <}.
   */
  static Location position(String path, InputLocation at, String element) {
    int line = Math.max(at.getLineNumber(), 0);
    int column = at.getColumnNumber();
    if (column > 0 && !element.isEmpty()) {
      column = Math.max(1, column - element.length() - 2);
    }
    return Location.file(path, line, Math.max(column, 0));
  }

  static String relative(Path root, File file) {
    Path path = normalized(file);
    return (path.startsWith(root) ? root.relativize(path) : path).toString().replace('\\', '/');
  }

  static Path normalized(File file) {
    return file.toPath().toAbsolutePath().normalize();
  }
}
