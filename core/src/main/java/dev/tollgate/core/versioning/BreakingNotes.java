package dev.tollgate.core.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the breaking-change notes of a commit message wherever Conventional Commits puts them: a
 * {@code BREAKING CHANGE:} or {@code BREAKING-CHANGE:} line anywhere after the header, with its
 * text on the same line or on the lines that follow, up to the end of its paragraph (so a note
 * paragraph followed by more paragraphs, or a note whose text starts on the next line, still
 * counts). Pure.
 *
 * <p>{@link #LENIENT} also accepts what older conventional-changelog presets did: any case, no
 * colon ({@code BREAKING CHANGE the api…}), {@code BREAKING CHANGES}, and leading {@code *} or
 * spaces.
 */
public enum BreakingNotes {
  /** The Conventional Commits 1.0.0 tokens, upper case, followed by a colon. */
  STRICT(Pattern.compile("^(?:BREAKING CHANGE|BREAKING-CHANGE):(?:[ \\t]+(.*))?$")),
  /** Also {@code BREAKING CHANGES}, no colon, any case, leading {@code *} or spaces. */
  LENIENT(
      Pattern.compile(
          "^[\\s|*]*BREAKING[ -]CHANGES?(?:[:\\s][:\\s]*(.*))?$", Pattern.CASE_INSENSITIVE));

  // a git trailer line (Token: value / Token #value) ends a note
  private static final Pattern TRAILER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*(?:: | #)");

  private final Pattern note;

  BreakingNotes(Pattern note) {
    this.note = note;
  }

  /** Parses {@code strict} or {@code lenient}; throws naming the accepted values. */
  public static BreakingNotes parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a breaking-notes mode; use strict or lenient");
    }
  }

  /**
   * The notes of a message whose line ends are {@code \n}, in order; a note without text gives an
   * empty string (the commit is still breaking).
   */
  public List<String> find(String message) {
    List<String> notes = new ArrayList<>(1);
    String[] lines = message.split("\n", -1);
    int i = 1;
    while (i < lines.length) {
      Matcher m = note.matcher(lines[i]);
      if (!m.matches()) {
        i++;
        continue;
      }
      StringBuilder text = new StringBuilder();
      String first = m.group(1);
      if (first != null) {
        text.append(first.strip());
      }
      i++;
      while (i < lines.length) {
        String line = lines[i];
        if (line.isBlank()) {
          if (!text.isEmpty()) {
            break;
          }
          i++;
          continue;
        }
        if (note.matcher(line).matches() || TRAILER.matcher(line).lookingAt()) {
          break;
        }
        if (!text.isEmpty()) {
          text.append('\n');
        }
        text.append(line.stripTrailing());
        i++;
      }
      notes.add(text.toString());
    }
    return notes;
  }
}
