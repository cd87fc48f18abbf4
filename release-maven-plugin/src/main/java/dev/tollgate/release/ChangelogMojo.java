package dev.tollgate.release;

import dev.tollgate.core.changelog.Changelog;
import dev.tollgate.core.changelog.ChangelogHistory;
import dev.tollgate.core.changelog.ChangelogStyle;
import dev.tollgate.core.changelog.ReleaseSection;
import dev.tollgate.core.changelog.RepositoryLinks;
import dev.tollgate.core.git.GitException;
import dev.tollgate.core.io.AtomicFiles;
import dev.tollgate.core.versioning.NextVersionResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the changelog from the Conventional Commits: by default inserts the next release's section
 * into the changelog file, keeping every other byte; with {@code regenerate} rebuilds the whole
 * file from the release tags. Also writes the release's notes alone to {@code
 * target/tollgate/release-notes.md} for CI to publish. Works in any git repository, with or without
 * a POM.
 */
@Mojo(name = "changelog", requiresProject = false, threadSafe = true, aggregator = true)
public class ChangelogMojo extends AbstractReleaseMojo {

  /** Skips this goal. */
  @Parameter(property = "tollgate.changelog.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The format: {@code conventional} (conventional-changelog / release-please, with compare and
   * commit links on GitHub and GitLab), {@code commitizen} (commitizen's own CHANGELOG.md format)
   * or {@code keepachangelog}.
   */
  @Parameter(property = "tollgate.changelog.style", defaultValue = "conventional")
  private String style;

  /** The changelog file, relative to the repository directory (the project's base directory). */
  @Parameter(property = "tollgate.changelog.file", defaultValue = "CHANGELOG.md")
  private String file;

  /**
   * Rebuilds the whole file from every release tag reachable from {@code to} (plus the next
   * release), instead of inserting the next release's section.
   */
  @Parameter(property = "tollgate.changelog.regenerate", defaultValue = "false")
  private boolean regenerate;

  /** The git remote whose GitHub/GitLab address gives the compare and commit links. */
  @Parameter(property = "tollgate.changelog.remote", defaultValue = "origin")
  private String remote;

  /** The next release's date, {@code YYYY-MM-DD}; default today (UTC). */
  @Parameter(property = "tollgate.changelog.date")
  private String date;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    ChangelogStyle changelogStyle;
    LocalDate releaseDate;
    try {
      changelogStyle = ChangelogStyle.parse(style);
      releaseDate =
          date == null || date.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(date);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new MojoExecutionException("Tollgate changelog configuration: " + e.getMessage(), e);
    }
    NextVersionResult result = computeNextVersion();
    logNextVersion(result);
    Path dir = repositoryDirectory();
    Path target = dir.resolve(file);
    Optional<ReleaseSection> next =
        result.isRelease()
            ? Optional.of(ChangelogHistory.nextSection(result, tagFormat(), releaseDate))
            : Optional.empty();
    try {
      Optional<RepositoryLinks> links = ChangelogHistory.links(dir, remote);
      Optional<String> notes =
          next.map(section -> Changelog.renderSection(changelogStyle, section, links));
      String updated;
      if (regenerate) {
        List<ReleaseSection> sections = new ArrayList<>();
        next.ifPresent(sections::add);
        sections.addAll(ChangelogHistory.releases(dir, tagFormat(), nextVersionOptions().to()));
        updated = Changelog.renderAll(changelogStyle, sections, links);
        getLog().info("Regenerated " + target + " from " + sections.size() + " releases");
      } else if (notes.isPresent()) {
        String existing = Files.exists(target) ? readUtf8(target) : "";
        updated =
            Changelog.insertSection(
                changelogStyle, existing, notes.get(), next.get().version().toString());
        getLog().info("Added the " + next.get().version() + " section to " + target);
      } else {
        getLog().info("Nothing to release: " + target + " left unchanged");
        return;
      }
      AtomicFiles.write(target, updated.getBytes(StandardCharsets.UTF_8));
      if (notes.isPresent()) {
        Path notesFile = outputDirectory().resolve("release-notes.md");
        AtomicFiles.write(notesFile, notes.get().getBytes(StandardCharsets.UTF_8));
        getLog().info("Release notes: " + notesFile);
      }
    } catch (GitException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the changelog: " + e.getMessage(), e);
    }
  }

  private static String readUtf8(Path path) throws IOException, MojoExecutionException {
    byte[] bytes = Files.readAllBytes(path);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MojoExecutionException(
          path
              + " is not UTF-8, so it cannot be updated byte for byte; convert it (iconv -t UTF-8)"
              + " or set tollgate.changelog.file to another file");
    }
  }
}
