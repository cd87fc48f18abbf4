package dev.tollgate.quality;

import dev.tollgate.core.pom.MissingPin;
import dev.tollgate.core.pom.PinCheck;
import dev.tollgate.core.pom.PinOptions;
import dev.tollgate.core.pom.PinRequest;
import dev.tollgate.core.pom.ReactorModel;
import dev.tollgate.core.report.Finding;
import dev.tollgate.core.report.Report;
import dev.tollgate.core.tools.ToolPinCheck;
import dev.tollgate.core.tools.ToolPinOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.maven.execution.MavenSession;
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
 * version in the wrapper (against enforcer's {@code requireMavenVersion} and the policy). Beyond
 * Maven, the tools around the build: GitHub Actions ({@code uses:} of workflows and actions),
 * container images (Dockerfiles, compose files, GitLab CI, workflow containers), pre-commit hook
 * revisions, and JDK and Node versions (version-manager files, toolchains, {@code
 * setup-java}/{@code setup-node}). Runs once, at the execution root, and reports every module of
 * the reactor, each finding at the file and line that declares the version. Reads only the build's
 * own files: no network access.
 */
@Mojo(name = "pins", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, aggregator = true)
public class PinsMojo extends AbstractQualityMojo {

  /** Skips this goal: {@code true} or {@code false}. */
  @Parameter(property = PinOptions.SKIP, defaultValue = "false")
  private String skip;

  /** Also check dependencies and dependencyManagement entries: {@code true} or {@code false}. */
  @Parameter(property = PinOptions.CHECK_DEPENDENCIES, defaultValue = "false")
  private String checkDependencies;

  /**
   * Check the plugins of every profile, not only of the active ones (a profile that CI activates is
   * then checked on a developer machine too): {@code true} or {@code false}.
   */
  @Parameter(property = PinOptions.ALL_PROFILES, defaultValue = "false")
  private String allProfiles;

  /**
   * Versions the organisation requires, one {@code groupId:artifactId=version} each, e.g. {@code
   * com.diffplug.spotless:spotless-maven-plugin=2.46.1}. A declaration of that tool with another
   * exact version is reported as drift. Entries here win over the policy file.
   */
  @Parameter(property = PinOptions.REQUIRED_VERSIONS)
  private List<String> requiredVersions;

  /**
   * A shared policy file with one {@code groupId:artifactId=version} per line ({@code #} comments),
   * relative to the project root. A missing file is ignored unless it was set explicitly to another
   * path than the default.
   */
  @Parameter(property = PinOptions.POLICY_FILE, defaultValue = PinOptions.DEFAULT_POLICY_FILE)
  private String policyFile;

  /**
   * Plugins and extensions that must not be used, one {@code groupId:artifactId=reason} each (the
   * reason is optional and shown in the finding).
   */
  @Parameter(property = PinOptions.BANNED_PLUGINS)
  private List<String> bannedPlugins;

  /**
   * {@code groupId:artifactId} globs ({@code *} any run of characters, {@code ?} one) whose
   * SNAPSHOT versions are accepted. Artifacts built by this reactor are always accepted.
   */
  @Parameter(property = PinOptions.ALLOW_SNAPSHOTS)
  private List<String> allowSnapshots;

  /** The old spelling of {@code allowSnapshots}: works, with a warning, until the next release. */
  @Parameter(property = PinOptions.ALLOWED_SNAPSHOTS_DEPRECATED)
  private List<String> allowedSnapshots;

  /**
   * Plugins whose findings are ignored, one {@code groupId:artifactId=reason} each ({@code *} and
   * {@code ?} globs allowed, the reason required): their findings are kept at info level with the
   * reason, and do not fail the build.
   */
  @Parameter(property = PinOptions.IGNORE)
  private List<String> ignore;

  /**
   * Plugins run from the command line or CI scripts ({@code versions:set}, {@code sonar:sonar}),
   * one {@code groupId:artifactId} each: the build must pin them in pluginManagement.
   */
  @Parameter(property = PinOptions.ADDITIONAL_PLUGINS)
  private List<String> additionalPlugins;

  /** The level of a missing Maven wrapper: {@code off}, {@code warn} or {@code error}. */
  @Parameter(property = PinOptions.MISSING_WRAPPER, defaultValue = "warn")
  private String missingWrapper;

  /**
   * Require a {@code distributionSha256Sum} in the Maven wrapper: {@code true} or {@code false}.
   */
  @Parameter(property = PinOptions.REQUIRE_CHECKSUM, defaultValue = "true")
  private String requireChecksum;

  /**
   * What to scan, comma-separated: {@code maven} (the POMs, extensions and wrapper), {@code
   * actions} (GitHub Actions {@code uses:}), {@code containers} (Dockerfiles, compose files, GitLab
   * CI and workflow images), {@code precommit} ({@code rev:} in {@code .pre-commit-config.yaml})
   * and {@code tools} (JDK and Node versions). Each scanner finds nothing where its files do not
   * exist.
   */
  @Parameter(
      property = ToolPinOptions.SCAN,
      defaultValue = "maven,actions,containers,precommit,tools")
  private List<String> scan;

  /**
   * How GitHub Actions must be pinned: {@code sha} (a full 40-hex commit SHA, with the release as a
   * {@code # v4.2.1} comment), {@code tag} (an exact {@code vX.Y.Z} tag or a SHA) or {@code off}.
   * Local actions ({@code ./…}) always pass.
   */
  @Parameter(property = ToolPinOptions.ACTIONS, defaultValue = "sha")
  private String actions;

  /**
   * How container images must be pinned: {@code tag} (no tag or {@code latest} is an error) or
   * {@code digest} (a tag without {@code @sha256:…} is also a warning).
   */
  @Parameter(property = ToolPinOptions.IMAGES, defaultValue = "tag")
  private String images;

  /**
   * How JDK and Node versions must be pinned: {@code major} ({@code 17} passes; {@code latest},
   * {@code lts/*} and open ranges such as {@code [17,)} fail) or {@code exact} (one exact version
   * such as {@code 17.0.12}; enforcer's {@code requireJavaVersion} must then be bounded too).
   */
  @Parameter(property = ToolPinOptions.TOOLS, defaultValue = "major")
  private String tools;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Component private RuntimeInformation runtime;

  private PinOptions options;

  private List<MissingPin> missing = List.of();

  private List<PinCheck.DriftRow> drift = List.of();

  @Override
  protected void afterReport(Report report) {
    List<String> table = PinCheck.driftTable(drift);
    if (!table.isEmpty()) {
      getLog().info("Tollgate pins: the build against the policy:");
      table.forEach(line -> getLog().info("  " + line));
    }
    if (missing.isEmpty()) {
      return;
    }
    getLog()
        .error(
            "Tollgate pins: pin "
                + missing.size()
                + (missing.size() == 1 ? " plugin" : " plugins")
                + " at once with this pluginManagement (or run quality:pins-fix):");
    for (String line : MissingPin.snippet(missing).split("\n")) {
      getLog().error("  " + line);
    }
  }

  @Override
  protected boolean isSkipped() {
    try {
      return options().skip();
    } catch (IllegalArgumentException e) {
      return false; // check() reports the mistake
    }
  }

  /** The parsed {@code tollgate.pins.*} settings. */
  protected final PinOptions options() {
    if (options == null) {
      options = PinOptions.from(settings(), getLog()::warn);
    }
    return options;
  }

  @Override
  protected boolean runsOncePerBuild() {
    return true;
  }

  @Override
  protected Report check() throws MojoExecutionException {
    PinCheck.Result result = pinResult();
    missing = result.missing();
    drift = result.drift();
    return result.report();
  }

  /** Runs the check over the session's reactor: its findings and the pins they call for. */
  protected final PinCheck.Result pinResult() throws MojoExecutionException {
    long start = System.nanoTime();
    SecondThread<ScannedTools> tools = null;
    try {
      ToolPinOptions toolOptions = ToolPinOptions.from(settings());
      tools = SecondThread.start("tollgate-pins-tools", toolScan(toolOptions));
      ReactorModel model = PinDeclarations.reactor(session, project, options().checkDependencies());
      long translated = System.nanoTime();
      PinRequest request = request(model);
      long gathered = System.nanoTime();
      PinCheck.Result maven = judged(request, toolOptions);
      long judged = System.nanoTime();
      ScannedTools scanned = tools.join("quality:pins");
      getLog().debug(timing(start, translated, gathered, judged));
      PinCheck.Result result = withTools(maven, scanned.result());
      getLog()
          .info(
              "Tollgate pins: %d versions in %d POMs of %d modules checked in %d ms; %d tool files in %d ms"
                  .formatted(
                      request.declarations().size(),
                      model.modules().size(),
                      session.getProjects().size(),
                      (System.nanoTime() - start) / 1_000_000,
                      scanned.result().files(),
                      scanned.millis()));
      return result;
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("quality:pins: " + e.getMessage() + "; see docs/pins.md", e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "quality:pins could not read " + e.getMessage() + "; check the file's permissions", e);
    } finally {
      if (tools != null) {
        tools.cancel(); // a no-op once it has finished; stops it when the Maven part failed
      }
    }
  }

  /** What the Maven part is asked: the translated models, this Maven and the build's demands. */
  private PinRequest request(ReactorModel model) {
    return options()
        .request(
            model,
            runtime == null ? "" : runtime.getMavenVersion(),
            MavenRequirements.of(session, model.root()));
  }

  /** The Maven part's verdict; empty when {@code maven} is not scanned. */
  private static PinCheck.Result judged(PinRequest request, ToolPinOptions toolOptions)
      throws IOException {
    return toolOptions.scans(ToolPinOptions.Scan.MAVEN)
        ? PinCheck.result(request)
        : new PinCheck.Result(new Report(PinCheck.GOAL, List.of()), List.of(), List.of());
  }

  /** The Maven part's result with the tool files' findings after its own. */
  private static PinCheck.Result withTools(PinCheck.Result maven, ToolPinCheck.Result tools) {
    List<Finding> findings = new ArrayList<>(maven.report().findings());
    findings.addAll(tools.findings());
    return new PinCheck.Result(
        new Report(maven.report().goal(), findings), maven.missing(), maven.drift());
  }

  /** The debug line with the phases' times, the wait for the tool files ending now. */
  private static String timing(long start, long translated, long gathered, long judged) {
    return "Tollgate pins timing: models translated in %d ms, declarations gathered in %d ms,"
            .formatted((translated - start) / 1_000_000, (gathered - translated) / 1_000_000)
        + " judged in %d ms, then waited %d ms for the tool files"
            .formatted((judged - gathered) / 1_000_000, (System.nanoTime() - judged) / 1_000_000);
  }

  /**
   * The scan of the tool files (workflows, Dockerfiles, version files, POMs naming a runtime), to
   * run on its own thread: it reads only files, not Maven's models, so it runs while the models are
   * translated and judged. The POMs Maven has parsed (the reactor's and their parents inside the
   * root) are read again only when they can name a runtime version.
   */
  private ToolScan toolScan(ToolPinOptions toolOptions) {
    java.nio.file.Path root = projectRoot();
    Set<String> parsed = new HashSet<>();
    Set<MavenProject> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (MavenProject p : session.getProjects()) {
      for (MavenProject q = p; q != null && q.getFile() != null && seen.add(q); q = q.getParent()) {
        java.nio.file.Path file = ModelLocations.normalized(q.getFile());
        if (file.startsWith(root)) {
          parsed.add(root.relativize(file).toString().replace('\\', '/'));
        }
      }
    }
    return new ToolScan(root, toolOptions, parsed);
  }

  /** The tool files' scan below {@code root}, {@code parsed} naming the POMs Maven has read. */
  private record ToolScan(java.nio.file.Path root, ToolPinOptions options, Set<String> parsed)
      implements Callable<ScannedTools> {
    @Override
    public ScannedTools call() throws IOException {
      long start = System.nanoTime();
      ToolPinCheck.Result result = ToolPinCheck.run(root, options, parsed);
      return new ScannedTools(result, (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** The tool files' findings and the scan's own time. */
  private record ScannedTools(ToolPinCheck.Result result, long millis) {}

  /** The project root, where {@code .mvn/} lives. */
  protected final java.nio.file.Path projectRoot() {
    return ModelLocations.root(session);
  }
}
