package dev.tollgate.core.release;

import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import dev.tollgate.core.versioning.NextVersionOptions;
import dev.tollgate.core.versioning.VersionSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code release:next} needs, and the version part of {@code release:changelog} and {@code
 * release:prepare}.
 *
 * @param project the project
 * @param version the version request
 * @param failOnNoRelease whether "nothing to release" fails
 * @param outputDirectory where {@code next-version.txt} and {@code release-notes.md} go
 */
public record NextOptions(
    ReleaseProject project,
    NextVersionOptions version,
    boolean failOnNoRelease,
    Path outputDirectory) {

  public NextOptions {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
  }

  /**
   * Reads the {@code tollgate.release.*} version settings and {@code tollgate.tagFormat}.
   *
   * @throws InvalidSettingException naming the property whose value cannot be used
   */
  public static NextOptions of(Settings settings, ReleaseProject project, Path outputDirectory) {
    return new NextOptions(
        project,
        VersionSettings.options(settings, project.artifactId(), project.version()),
        VersionSettings.failOnNoRelease(settings),
        outputDirectory);
  }
}
