package dev.tollgate.release;

import dev.tollgate.core.release.ReleaseProject;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/** Translates Maven's reactor into core's {@link ReleaseProject}: POMs, modules, references. */
final class ReactorModel {

  private static final String STANDALONE_ARTIFACT_ID = "standalone-pom";

  private ReactorModel() {}

  /** The project; without a POM (Maven's stub project) only the directory. */
  static ReleaseProject of(MavenProject project, MavenSession session, Path root) {
    if (project == null
        || project.getFile() == null
        || STANDALONE_ARTIFACT_ID.equals(project.getArtifactId())) {
      return ReleaseProject.withoutPom(root);
    }
    List<MavenProject> all =
        session == null || session.getAllProjects() == null
            ? List.of(project)
            : session.getAllProjects();
    Set<Path> poms = new LinkedHashSet<>();
    Set<String> modules = new LinkedHashSet<>();
    List<ReleaseProject.Reference> references = new ArrayList<>();
    for (MavenProject p : all) {
      File file = p.getFile();
      if (file != null) {
        poms.add(file.toPath().toAbsolutePath().normalize());
      }
      modules.add(p.getGroupId() + ":" + p.getArtifactId());
      String where = p.getGroupId() + ":" + p.getArtifactId();
      if (p.getParent() != null) {
        references.add(
            new ReleaseProject.Reference(
                p.getParent().getGroupId(),
                p.getParent().getArtifactId(),
                p.getParent().getVersion(),
                "parent of " + where));
      }
      for (Dependency d : p.getDependencies()) {
        references.add(dependency(d, "dependency of " + where));
      }
      for (Plugin plugin : p.getBuildPlugins()) {
        references.add(
            new ReleaseProject.Reference(
                plugin.getGroupId(),
                plugin.getArtifactId(),
                plugin.getVersion(),
                "plugin of " + where));
        for (Dependency d : plugin.getDependencies()) {
          references.add(
              dependency(d, "dependency of plugin " + plugin.getArtifactId() + " in " + where));
        }
      }
    }
    return new ReleaseProject(
        root,
        project.getArtifactId(),
        project.getVersion(),
        List.copyOf(poms),
        modules,
        references);
  }

  private static ReleaseProject.Reference dependency(Dependency d, String where) {
    return new ReleaseProject.Reference(d.getGroupId(), d.getArtifactId(), d.getVersion(), where);
  }
}
