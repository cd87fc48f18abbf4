package dev.tollgate.quality.guard;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.MavenExecutionException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.rtinfo.RuntimeInformation;

/**
 * Fails the build when the Tollgate extension is loaded by a Maven too old to run it. Compiled for
 * Java 8 on purpose: Maven before 3.9 cannot load the Java 17 classes of the real extension and
 * would otherwise skip every check without a word.
 */
@Named("tollgate-maven-version-guard")
@Singleton
public class MavenVersionGuard extends AbstractMavenLifecycleParticipant {

  static final int MAJOR = 3;
  static final int MINOR = 9;

  private final RuntimeInformation runtime;

  @Inject
  public MavenVersionGuard(RuntimeInformation runtime) {
    this.runtime = runtime;
  }

  @Override
  public void afterProjectsRead(MavenSession session) throws MavenExecutionException {
    String version = runtime.getMavenVersion();
    if (supported(version) || skipped(session)) {
      return;
    }
    throw new MavenExecutionException(
        "Tollgate needs Maven "
            + MAJOR
            + "."
            + MINOR
            + ".0 or newer to run its checks, but this build runs Maven "
            + version
            + ": nothing would be checked. Run the build with the project's Maven wrapper"
            + " (./mvnw …) or install Maven 3.9 or newer; to build without Tollgate on purpose,"
            + " pass -Dtollgate.skip=true.",
        session.getRequest().getPom());
  }

  private static boolean skipped(MavenSession session) {
    String skip = session.getUserProperties().getProperty("tollgate.skip");
    if (skip == null) {
      skip = session.getSystemProperties().getProperty("tollgate.skip");
    }
    return skip != null && skip.trim().equalsIgnoreCase("true");
  }

  /** Whether {@code major.minor…} is at least 3.9; an unreadable version counts as supported. */
  static boolean supported(String version) {
    if (version == null) {
      return true;
    }
    String[] parts = version.split("[.-]");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return major > MAJOR || (major == MAJOR && minor >= MINOR);
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
