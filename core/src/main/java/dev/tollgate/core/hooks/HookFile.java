package dev.tollgate.core.hooks;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of one hook file and Tollgate's marked block in it. Pure string operations, so that
 * installing is idempotent and uninstalling gives back exactly the bytes that were there.
 *
 * <p>Three shapes exist:
 *
 * <ul>
 *   <li>{@link Mode#CREATED}: Tollgate created the file; it is {@code #!/bin/sh} and the block.
 *   <li>{@link Mode#INLINE}: the user's shell hook with the block inserted after its first line
 *       (the {@code #!} line); the user's commands run after Tollgate's when those pass.
 *   <li>{@link Mode#CHAINED}: the user's hook is not a shell script (or not executable), so it was
 *       renamed to {@code <hook>.tollgate-chained} and the block ends by running it.
 * </ul>
 */
public final class HookFile {

  /** How the block sits in the file; written into the begin marker. */
  public enum Mode {
    CREATED("created"),
    INLINE("inline"),
    CHAINED("chained");

    private final String word;

    Mode(String word) {
      this.word = word;
    }

    static Mode of(String word) {
      for (Mode m : values()) {
        if (m.word.equals(word)) {
          return m;
        }
      }
      throw new IllegalArgumentException(word);
    }
  }

  /** Suffix of a user's hook renamed so that Tollgate's hook can chain it. */
  public static final String CHAINED_SUFFIX = ".tollgate-chained";

  static final String SHEBANG = "#!/bin/sh\n";
  private static final String BEGIN = "# >>> tollgate ";
  private static final String BEGIN_END =
      " >>> managed by quality:install-hooks; quality:uninstall-hooks removes this block\n";
  private static final String END = "# <<< tollgate <<<\n";
  private static final Pattern SHELL_SHEBANG =
      Pattern.compile("#!\\s*(/usr)?/bin/(env\\s+)?(sh|bash|dash|ksh|zsh|ash)(\\s.*)?");

  private HookFile() {}

  /** A located block: its mode and character range {@code [start, end)} in the file. */
  public record Block(Mode mode, int start, int end) {}

  /** Finds Tollgate's block in a hook file's text. */
  public static Optional<Block> find(String text) {
    int start;
    if (text.startsWith(BEGIN)) {
      start = 0;
    } else {
      int at = text.indexOf("\n" + BEGIN);
      if (at < 0) {
        return Optional.empty();
      }
      start = at + 1;
    }
    int lineEnd = text.indexOf('\n', start);
    int end = text.indexOf("\n" + END, start);
    if (lineEnd < 0 || end < 0) {
      return Optional.empty();
    }
    String header = text.substring(start + BEGIN.length(), lineEnd);
    int space = header.indexOf(' ');
    Mode mode;
    try {
      mode = Mode.of(space < 0 ? header : header.substring(0, space));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(new Block(mode, start, end + 1 + END.length()));
  }

  /** Wraps the body (shell lines, each ending in a newline) in the markers for a mode. */
  public static String block(Mode mode, String body) {
    return BEGIN + mode.word + BEGIN_END + body + END;
  }

  /** Whether an existing user hook can take an inline block: executable shell script text. */
  public static boolean acceptsInline(String text, boolean executable) {
    if (!executable) {
      return false;
    }
    int nl = text.indexOf('\n');
    if (nl < 0) {
      return false;
    }
    String first = text.substring(0, nl).stripTrailing();
    return SHELL_SHEBANG.matcher(first).matches();
  }

  /** A new hook file holding only the block. */
  public static String created(String body) {
    return SHEBANG + block(Mode.CREATED, body);
  }

  /** The user's shell hook with the block inserted after its {@code #!} line. */
  public static String inline(String userText, String body) {
    int nl = userText.indexOf('\n');
    return userText.substring(0, nl + 1) + block(Mode.INLINE, body) + userText.substring(nl + 1);
  }

  /** Replaces the body of an existing block, keeping its mode and everything around it. */
  public static String replaceBody(String text, Block existing, String body) {
    return text.substring(0, existing.start())
        + block(existing.mode(), body)
        + text.substring(existing.end());
  }

  /**
   * The text with the block removed. For a {@link Mode#CREATED} file, an empty result means the
   * file should be deleted.
   */
  public static String remove(String text, Block existing) {
    String without = text.substring(0, existing.start()) + text.substring(existing.end());
    if (existing.mode() == Mode.CREATED && without.equals(SHEBANG)) {
      return "";
    }
    return without;
  }
}
