package dev.tollgate.quality;

import dev.tollgate.core.pom.MavenRequirement;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Severity;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The enforcer {@code requireMavenVersion} rules of the session's effective models (inheritance,
 * active profiles and interpolation applied by Maven), each at the {@code <version>} element that
 * writes it. A rule inherited by many modules is returned once.
 */
final class MavenRequirements {

  static final String ENFORCER = "org.apache.maven.plugins:maven-enforcer-plugin";

  private MavenRequirements() {}

  static List<MavenRequirement> of(MavenSession session, Path root) {
    Map<String, MavenRequirement> out = new LinkedHashMap<>();
    for (MavenProject project : session.getProjects()) {
      Plugin enforcer =
          project.getBuild() == null ? null : project.getBuild().getPluginsAsMap().get(ENFORCER);
      if (enforcer == null) {
        continue;
      }
      String path =
          project.getFile() == null ? "pom.xml" : ModelLocations.relative(root, project.getFile());
      List<Object> configurations = new ArrayList<>();
      configurations.add(enforcer.getConfiguration());
      for (PluginExecution execution : enforcer.getExecutions()) {
        configurations.add(execution.getConfiguration());
      }
      for (Object configuration : configurations) {
        if (!(configuration instanceof Xpp3Dom dom) || dom.getChild("rules") == null) {
          continue;
        }
        for (Xpp3Dom rule : dom.getChild("rules").getChildren("requireMavenVersion")) {
          Xpp3Dom version = rule.getChild("version");
          if (version == null || version.getValue() == null) {
            continue;
          }
          Xpp3Dom level = rule.getChild("level");
          Severity severity =
              level != null
                      && level.getValue() != null
                      && level.getValue().strip().toUpperCase(Locale.ROOT).equals("WARN")
                  ? Severity.WARN
                  : Severity.ERROR;
          Location at = where(root, path, version.getInputLocation());
          String text = version.getValue().strip();
          out.putIfAbsent(text + "@" + at.display(), new MavenRequirement(text, at, severity));
        }
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The {@code <version>} element's position. Maven 3 records an {@code InputLocation} of its model
   * API, Maven 4 one of its own API: both have {@code getLineNumber}, {@code getColumnNumber} and
   * {@code getSource().getLocation()}, read here by name. Without a location, the module's POM.
   */
  private static Location where(Path root, String modulePath, Object location) {
    if (location == null) {
      return Location.file(modulePath);
    }
    try {
      int line = (Integer) call(location, "getLineNumber");
      int column = (Integer) call(location, "getColumnNumber");
      Object source = call(location, "getSource");
      String file = source == null ? null : (String) call(source, "getLocation");
      if (file != null && file.startsWith("file:")) {
        file = Path.of(java.net.URI.create(file)).toString(); // Maven 4 records a URI
      }
      String path =
          file == null || file.isEmpty()
              ? modulePath
              : ModelLocations.relative(root, new java.io.File(file));
      return ModelLocations.position(path, file, line, column, "version");
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Location.file(modulePath);
    }
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    Method m = target.getClass().getMethod(method);
    return m.invoke(target);
  }
}
