package dev.tollgate.core.release;

import dev.tollgate.core.changelog.ChangelogStyle;
import dev.tollgate.core.settings.InvalidSettingException;
import dev.tollgate.core.settings.Settings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What {@code release:changelog} needs.
 *
 * @param next the version request
 * @param style the changelog style
 * @param file the changelog file, relative to the project directory
 * @param regenerate rebuild the whole file from the release tags
 * @param remote the remote whose web address gives the links
 * @param date the next release's date
 */
public record ChangelogOptions(
    NextOptions next,
    ChangelogStyle style,
    String file,
    boolean regenerate,
    String remote,
    LocalDate date) {

  /** The changelog style. */
  public static final String STYLE = "tollgate.changelog.style";

  /** The changelog file. */
  public static final String FILE = "tollgate.changelog.file";

  /** Rebuild the whole file. */
  public static final String REGENERATE = "tollgate.changelog.regenerate";

  /** The remote for links. */
  public static final String REMOTE = "tollgate.changelog.remote";

  /** The next release's date. */
  public static final String DATE = "tollgate.changelog.date";

  /**
   * Reads the changelog settings and the version settings.
   *
   * @throws InvalidSettingException naming the property whose value cannot be used
   */
  public static ChangelogOptions of(
      Settings settings, ReleaseProject project, Path outputDirectory) {
    return new ChangelogOptions(
        NextOptions.of(settings, project, outputDirectory),
        style(settings),
        settings.string(FILE, "CHANGELOG.md"),
        settings.bool(REGENERATE, false),
        settings.string(REMOTE, "origin"),
        date(settings));
  }

  /** The style named by {@code tollgate.changelog.style}, default conventional. */
  static ChangelogStyle style(Settings settings) {
    try {
      return ChangelogStyle.parse(settings.string(STYLE, "conventional"));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(STYLE, e.getMessage());
    }
  }

  private static LocalDate date(Settings settings) {
    Optional<String> text = settings.value(DATE);
    if (text.isEmpty()) {
      return LocalDate.now(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(text.get());
    } catch (DateTimeParseException e) {
      throw new InvalidSettingException(DATE, "'" + text.get() + "' is not a date; use YYYY-MM-DD");
    }
  }
}
