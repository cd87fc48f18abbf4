package dev.tollgate.release;

import dev.tollgate.core.io.AtomicFiles;
import dev.tollgate.core.versioning.NextVersionResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Computes the next version from the Conventional Commits since the previous release tag: logs the
 * previous tag, the number of commits, the decisive commits and the next version; writes it to
 * {@code target/tollgate/next-version.txt} and sets a project property for later plugins. Works in
 * any git repository, with or without a POM.
 */
@Mojo(name = "next", requiresProject = false, threadSafe = true, aggregator = true)
public class NextMojo extends AbstractReleaseMojo {

  /** Skips this goal. */
  @Parameter(property = "tollgate.next.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Prints only the next version (nothing when there is no release) on standard output, for shell
   * capture: {@code V=$(mvn -q release:next -Dtollgate.next.quiet)}.
   */
  @Parameter(property = "tollgate.next.quiet", defaultValue = "false")
  private boolean quiet;

  /** The project property that receives the next version (not set when there is no release). */
  @Parameter(property = "tollgate.next.property", defaultValue = "tollgate.nextVersion")
  private String property;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    NextVersionResult result = computeNextVersion();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    if (quiet) {
      result.nextVersion().ifPresent(v -> System.out.println(v));
    } else {
      logNextVersion(result);
      getLog().info("Computed in " + millis + " ms (" + cpuMillis + " ms CPU)");
    }
    String text = result.nextVersion().map(Object::toString).orElse("");
    Path file = outputDirectory().resolve("next-version.txt");
    try {
      // empty when there is nothing to release
      String content = text.isEmpty() ? "" : text + "\n";
      AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
    }
    if (result.isRelease() && project() != null && property != null && !property.isBlank()) {
      project().getProperties().setProperty(property, text);
    }
  }
}
