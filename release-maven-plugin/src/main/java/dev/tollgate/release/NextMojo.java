package dev.tollgate.release;

import dev.tollgate.core.release.NextOptions;
import dev.tollgate.core.release.ReleaseGoals;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.versioning.NextVersionResult;
import dev.tollgate.core.versioning.SemanticVersion;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Computes the next version from the Conventional Commits since the previous release tag: logs the
 * previous tag, the number of commits, the decisive commits and the next version; writes it to
 * {@code target/tollgate/next-version.txt} and sets a project property for later plugins. Works in
 * any git repository, with or without a POM.
 */
@Mojo(name = "next", requiresProject = false, threadSafe = true, aggregator = true)
public class NextMojo extends AbstractVersionMojo {

  /** Skips this goal ({@code true} or {@code false}). */
  @Parameter(property = "tollgate.next.skip", defaultValue = "false")
  private String skip;

  /**
   * Prints only the next version (nothing when there is no release) on standard output, for shell
   * capture: {@code V=$(mvn -q release:next -Dtollgate.next.quiet)}.
   */
  @Parameter(property = "tollgate.next.quiet", defaultValue = "false")
  private String quiet;

  /** The project property that receives the next version (not set when there is no release). */
  @Parameter(property = "tollgate.next.property", defaultValue = "tollgate.nextVersion")
  private String property;

  @Override
  protected String skipProperty() {
    return "tollgate.next.skip";
  }

  @Override
  protected void run(Settings settings) throws Exception {
    boolean quietly = settings.bool("tollgate.next.quiet", false);
    NextOptions options = NextOptions.of(settings, releaseProject(), outputDirectory());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    NextVersionResult result = ReleaseGoals.next(options);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    if (quietly) {
      result.nextVersion().ifPresent(NextMojo::printAlone);
    } else {
      result.summary().forEach(getLog()::info);
      getLog().info("Computed in " + millis + " ms (" + cpuMillis + " ms CPU)");
    }
    String name = settings.string("tollgate.next.property", "");
    if (result.isRelease() && project() != null && !name.isEmpty()) {
      project().getProperties().setProperty(name, result.nextVersion().get().toString());
    }
  }

  /**
   * Prints the version alone on the process's standard output, for {@code V=$(mvn -q …)}: straight
   * to file descriptor 1, because Maven 4 routes {@code System.out} through its logger ({@code
   * [INFO] [stdout] …}).
   */
  private static void printAlone(SemanticVersion version) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    out.println(version);
  }
}
