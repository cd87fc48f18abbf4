package dev.tollgate.quality;

import dev.tollgate.core.pom.PinCheck;
import dev.tollgate.core.pom.PinPolicy;
import dev.tollgate.core.pom.PinRequest;
import dev.tollgate.core.report.Location;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.report.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.rtinfo.RuntimeInformation;

/**
 * Checks that every tool version the build uses is pinned to one exact version: build plugins and
 * pluginManagement entries (also in profiles), reporting plugins, plugin dependencies, build and
 * core extensions ({@code .mvn/extensions.xml}), the plugins Maven binds by default, and the Maven
 * version in the wrapper. Runs once, at the execution root, and reports every module of the
 * reactor, each finding at the file and line that declares the version. Reads only the build's own
 * files: no network access.
 */
@Mojo(name = "pins", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, aggregator = true)
public class PinsMojo extends AbstractQualityMojo {

  /** Skips this goal. */
  @Parameter(property = "tollgate.pins.skip", defaultValue = "false")
  private boolean skip;

  /** Also require exact versions for dependencies and dependencyManagement entries. */
  @Parameter(property = "tollgate.pins.checkDependencies", defaultValue = "false")
  private boolean checkDependencies;

  /**
   * Check the plugins of every profile, not only of the active ones (a profile that CI activates is
   * then checked on a developer machine too).
   */
  @Parameter(property = "tollgate.pins.allProfiles", defaultValue = "false")
  private boolean allProfiles;

  /**
   * Versions the organisation requires, one {@code groupId:artifactId=version} each, e.g. {@code
   * com.diffplug.spotless:spotless-maven-plugin=2.46.1}. A declaration of that tool with another
   * exact version is reported as drift. Entries here win over the policy file.
   */
  @Parameter(property = "tollgate.pins.requiredVersions")
  private List<String> requiredVersions;

  /**
   * A shared policy file with one {@code groupId:artifactId=version} per line ({@code #} comments),
   * relative to the project root. A missing file is ignored unless it was set explicitly to another
   * path than the default.
   */
  @Parameter(property = "tollgate.pins.policyFile", defaultValue = ".mvn/tollgate-pins.properties")
  private String policyFile;

  /**
   * Plugins and extensions that must not be used, one {@code groupId:artifactId=reason} each (the
   * reason is optional and shown in the finding).
   */
  @Parameter(property = "tollgate.pins.bannedPlugins")
  private List<String> bannedPlugins;

  /**
   * {@code groupId:artifactId} patterns ({@code *} matches anything) whose SNAPSHOT versions are
   * accepted. Artifacts built by this reactor are always accepted.
   */
  @Parameter(property = "tollgate.pins.allowedSnapshots")
  private List<String> allowedSnapshots;

  /**
   * What a missing {@code .mvn/wrapper/maven-wrapper.properties} is: {@code error}, {@code warn},
   * {@code info} or {@code ignore}.
   */
  @Parameter(property = "tollgate.pins.missingWrapper", defaultValue = "warn")
  private String missingWrapper;

  /** Require a {@code distributionSha256Sum} in the Maven wrapper properties. */
  @Parameter(property = "tollgate.pins.requireChecksum", defaultValue = "true")
  private boolean requireChecksum;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Component private RuntimeInformation runtime;

  private static final String DEFAULT_POLICY_FILE = ".mvn/tollgate-pins.properties";

  @Override
  protected boolean isSkipped() {
    return skip || !runsHere();
  }

  /**
   * Once per reactor: at the execution root, or, when the root is not built (e.g. {@code -pl}), at
   * the first project of the reactor.
   */
  private boolean runsHere() {
    List<MavenProject> projects = session.getProjects();
    for (MavenProject p : projects) {
      if (p.isExecutionRoot()) {
        return p == project;
      }
    }
    return !projects.isEmpty() && projects.get(0) == project;
  }

  @Override
  protected Report check() throws MojoExecutionException {
    Path root = root();
    PinPolicy policy;
    Severity wrapperSeverity;
    try {
      Map<String, PinPolicy.RequiredVersion> required = new LinkedHashMap<>();
      PinPolicy.parseEntries(requiredVersions, "requiredVersions", true)
          .forEach(
              (key, version) ->
                  required.put(key, new PinPolicy.RequiredVersion(version, Location.nowhere())));
      policy =
          new PinPolicy(
              required,
              PinPolicy.parseEntries(bannedPlugins, "bannedPlugins", false),
              PinPolicy.parseEntries(allowedSnapshots, "allowedSnapshots", false).keySet());
      wrapperSeverity =
          "ignore".equalsIgnoreCase(missingWrapper == null ? "" : missingWrapper.trim())
              ? null
              : Severity.parse(missingWrapper);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "quality:pins configuration: " + e.getMessage() + "; see docs/pins.md", e);
    }
    List<MavenProject> reactor = session.getProjects();
    Set<String> reactorArtifacts = new HashSet<>();
    for (MavenProject p : session.getAllProjects()) {
      reactorArtifacts.add(p.getGroupId() + ":" + p.getArtifactId());
    }
    long start = System.nanoTime();
    Location pinAt = pinAt(root);
    PinDeclarations declarations =
        new PinDeclarations(
            root,
            allProfiles,
            checkDependencies,
            session.getUserProperties(),
            session.getSystemProperties());
    String file = policyFile == null || policyFile.isBlank() ? null : policyFile.trim();
    PinRequest request =
        new PinRequest(
            root,
            declarations.gather(reactor, pinAt),
            reactorArtifacts,
            policy,
            file,
            file != null && !file.equals(DEFAULT_POLICY_FILE),
            pinAt,
            runtime == null ? "" : runtime.getMavenVersion(),
            wrapperSeverity,
            requireChecksum);
    try {
      Report report = PinCheck.run(request);
      getLog()
          .info(
              "Tollgate pins: "
                  + request.declarations().size()
                  + " versions in "
                  + declarations.files()
                  + " POMs of "
                  + reactor.size()
                  + " modules checked in "
                  + (System.nanoTime() - start) / 1_000_000
                  + " ms");
      return report;
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("quality:pins: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "quality:pins could not read " + e.getMessage() + "; check the file's permissions", e);
    }
  }

  private Path root() {
    File dir = session.getRequest().getMultiModuleProjectDirectory();
    if (dir == null) {
      dir = new File(session.getExecutionRootDirectory());
    }
    return dir.toPath().toAbsolutePath().normalize();
  }

  /** The root POM's pluginManagement (or build, or project) element: where pins belong. */
  private Location pinAt(Path root) {
    MavenProject top =
        session.getTopLevelProject() == null ? project : session.getTopLevelProject();
    Path pom = top.getFile().toPath().toAbsolutePath().normalize();
    String path = (pom.startsWith(root) ? root.relativize(pom) : pom).toString().replace('\\', '/');
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
    return at == null ? Location.file(path) : PinDeclarations.position(path, at, element);
  }
}
