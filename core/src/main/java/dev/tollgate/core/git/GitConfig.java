package dev.tollgate.core.git;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * git's configuration as git itself reads it, without JGit, so that a git hook can afford it on
 * every commit. The layers, lowest precedence first: the system file ({@code GIT_CONFIG_SYSTEM},
 * else {@code /etc/gitconfig} for a git in {@code /usr/bin}, else {@code <prefix>/etc/gitconfig} of
 * the git on {@code PATH}; none with {@code GIT_CONFIG_NOSYSTEM}), the global files ({@code
 * GIT_CONFIG_GLOBAL}, else {@code $XDG_CONFIG_HOME/git/config} then {@code ~/.gitconfig}), the
 * repository's {@code config}, the worktree's {@code config.worktree} (with {@code
 * extensions.worktreeConfig}), then the command line ({@code GIT_CONFIG_COUNT}/{@code
 * GIT_CONFIG_KEY_n}/{@code GIT_CONFIG_VALUE_n}, then {@code GIT_CONFIG_PARAMETERS} from {@code git
 * -c}). Files are parsed with git's own rules (sections and quoted subsections, escapes, quotes,
 * comments, continuation lines, a value-less key). {@code include.path} is followed where it
 * stands, relative to the including file, {@code ~/} expanded, a missing file skipped. A
 * conditional {@code includeIf.<condition>.path}, or an include path starting with {@code ~user},
 * is evaluated by git itself: then the whole configuration is read from one {@code git config
 * --list -z} instead, so the answer is still git's.
 */
public final class GitConfig {

  private static final int MAX_INCLUDE_DEPTH = 10;

  /** One setting as git passes it on: canonical key, value ({@code null}: a key without '='). */
  private record Entry(String key, String value) {}

  private final List<Entry> entries;

  private GitConfig(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads the layered configuration of a repository.
   *
   * @param layout the repository
   * @param env the environment git would see ({@code HOME}, {@code XDG_CONFIG_HOME}, {@code PATH},
   *     {@code GIT_CONFIG_*})
   * @throws IOException when a file cannot be read or is not valid git configuration
   */
  public static GitConfig read(GitLayout layout, Map<String, String> env) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try {
      Reader reader = new Reader(entries, env, true);
      String noSystem = env.get("GIT_CONFIG_NOSYSTEM");
      if (noSystem == null || !bool("GIT_CONFIG_NOSYSTEM", noSystem, false)) {
        reader.file(systemFile(env));
      }
      String global = env.get("GIT_CONFIG_GLOBAL");
      if (global != null) {
        reader.file(Path.of(global));
      } else {
        String home = env.get("HOME");
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isEmpty()) {
          reader.file(Path.of(xdg, "git", "config"));
        } else if (home != null) {
          reader.file(Path.of(home, ".config", "git", "config"));
        }
        if (home != null) {
          reader.file(Path.of(home, ".gitconfig"));
        }
      }
      Path repoConfig = layout.commonDir().resolve("config");
      List<Entry> repo = new ArrayList<>();
      // the repository format (extensions.*) is read from the file alone, without includes
      new Reader(repo, env, false).file(repoConfig);
      reader.file(repoConfig);
      if (new GitConfig(repo).bool("extensions.worktreeConfig", false)) {
        reader.file(layout.gitDir().resolve("config.worktree"));
      }
      reader.commandLine();
    } catch (GitDecides e) {
      return fromGit(layout, env);
    }
    return new GitConfig(entries);
  }

  /**
   * Parses one configuration text as the only layer (its includes are followed relative to {@code
   * origin}'s directory).
   *
   * @throws IOException when the text is not valid git configuration
   */
  static GitConfig parse(String text, Path origin, Map<String, String> env) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try {
      new Reader(entries, env, true)
          .text(
              new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
              origin,
              0);
    } catch (GitDecides e) {
      throw new IOException(e.getMessage(), e);
    }
    return new GitConfig(entries);
  }

  /**
   * The value git's {@code git config --get KEY} prints: the last one set; an empty string for a
   * key written without {@code =}.
   *
   * @param key {@code section.name} or {@code section.subsection.name}; section and name in any
   *     case, the subsection exactly
   */
  public Optional<String> get(String key) {
    String k = canonical(key);
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (e.key().equals(k)) {
        return Optional.of(e.value() == null ? "" : e.value());
      }
    }
    return Optional.empty();
  }

  /**
   * The value of whichever of these keys was set last, for settings git treats as aliases of each
   * other ({@code core.commentChar} and {@code core.commentString}).
   */
  public Optional<String> lastOf(String... keys) {
    List<String> ks = new ArrayList<>();
    for (String key : keys) {
      ks.add(canonical(key));
    }
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (ks.contains(e.key())) {
        return Optional.of(e.value() == null ? "" : e.value());
      }
    }
    return Optional.empty();
  }

  /** Every value of a multi-valued key, in git's order ({@code git config --get-all}). */
  public List<String> getAll(String key) {
    String k = canonical(key);
    List<String> values = new ArrayList<>();
    for (Entry e : entries) {
      if (e.key().equals(k)) {
        values.add(e.value() == null ? "" : e.value());
      }
    }
    return values;
  }

  /**
   * A boolean as git reads it: a key without {@code =} is true, an empty value false, {@code
   * true/yes/on}, {@code false/no/off} in any case, or a number (non-zero is true).
   *
   * @throws IOException for any other value, as git refuses it
   */
  public boolean bool(String key, boolean defaultValue) throws IOException {
    String k = canonical(key);
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      if (e.key().equals(k)) {
        return bool(key, e.value(), defaultValue);
      }
    }
    return defaultValue;
  }

  /**
   * {@code section.subsection.name} with section and name lower-cased, as git compares keys; the
   * subsection keeps its case.
   */
  static String canonical(String key) {
    int first = key.indexOf('.');
    int last = key.lastIndexOf('.');
    if (first < 0) {
      return key.toLowerCase(Locale.ROOT);
    }
    return key.substring(0, first).toLowerCase(Locale.ROOT)
        + key.substring(first, last)
        + key.substring(last).toLowerCase(Locale.ROOT);
  }

  private static boolean bool(String key, String value, boolean defaultValue) throws IOException {
    if (value == null) {
      return true;
    }
    String v = value.toLowerCase(Locale.ROOT);
    switch (v) {
      case "":
      case "false":
      case "no":
      case "off":
        return false;
      case "true":
      case "yes":
      case "on":
        return true;
      default:
        try {
          long factor = 1;
          String digits = v;
          char unit = v.charAt(v.length() - 1);
          if (unit == 'k' || unit == 'm' || unit == 'g') {
            factor = unit == 'k' ? 1L << 10 : unit == 'm' ? 1L << 20 : 1L << 30;
            digits = v.substring(0, v.length() - 1);
          }
          return Long.parseLong(digits.strip()) * factor != 0;
        } catch (NumberFormatException e) {
          throw new IOException("bad boolean config value '" + value + "' for '" + key + "'");
        }
    }
  }

  /**
   * The system configuration file: {@code GIT_CONFIG_SYSTEM}, else the one of the git on {@code
   * PATH} as git is built by default ({@code /etc/gitconfig} for the prefix {@code /usr}).
   */
  static Path systemFile(Map<String, String> env) {
    String explicit = env.get("GIT_CONFIG_SYSTEM");
    if (explicit != null && !explicit.isEmpty()) {
      return Path.of(explicit);
    }
    String path = env.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path git = Path.of(dir, "git");
      if (Files.isExecutable(git) && !Files.isDirectory(git)) {
        Path prefix = git.toAbsolutePath().getParent().getParent();
        if (prefix == null || prefix.toString().equals("/usr") || prefix.toString().equals("/")) {
          return Path.of("/etc/gitconfig");
        }
        return prefix.resolve("etc/gitconfig");
      }
    }
    return Path.of("/etc/gitconfig");
  }

  /** The whole configuration as git lists it, for what only git evaluates ({@code includeIf}). */
  private static GitConfig fromGit(GitLayout layout, Map<String, String> env) throws IOException {
    Map<String, String> gitEnv = new java.util.HashMap<>(env);
    gitEnv.put("GIT_DIR", layout.gitDir().toString());
    gitEnv.remove("GIT_WORK_TREE");
    ProcessBuilder builder =
        new ProcessBuilder("git", "config", "--list", "-z")
            .directory(layout.workTree().orElse(layout.gitDir()).toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().clear();
    builder.environment().putAll(gitEnv);
    byte[] out;
    int exit;
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      out = process.getInputStream().readAllBytes();
      exit = process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the git configuration", e);
    }
    if (exit != 0) {
      throw new IOException(
          "git config --list failed (exit " + exit + "); run it in " + layout.gitDir());
    }
    List<Entry> entries = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < out.length; i++) {
      if (out[i] == 0) {
        String record = new String(out, start, i - start, StandardCharsets.UTF_8);
        int nl = record.indexOf('\n');
        entries.add(
            nl < 0
                ? new Entry(canonical(record), null)
                : new Entry(canonical(record.substring(0, nl)), record.substring(nl + 1)));
        start = i + 1;
      }
    }
    return new GitConfig(entries);
  }

  /** Thrown where only git can decide (a conditional include): read everything through git. */
  private static final class GitDecides extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GitDecides(String why) {
      super(why, null, false, false);
    }
  }

  /** Collects entries in git's order, following includes where they stand. */
  private static final class Reader {
    private final List<Entry> entries;
    private final Map<String, String> env;
    private final boolean includes;

    Reader(List<Entry> entries, Map<String, String> env, boolean includes) {
      this.entries = entries;
      this.env = env;
      this.includes = includes;
    }

    void file(Path file) throws IOException {
      file(file, 0);
    }

    private void file(Path file, int depth) throws IOException {
      if (!Files.isRegularFile(file) && !file.toString().equals("/dev/null")) {
        return;
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (java.nio.file.AccessDeniedException e) {
        throw new IOException("unable to read git configuration " + file + ": permission denied");
      }
      text(new String(bytes, StandardCharsets.ISO_8859_1), file, depth);
    }

    /** Parses bytes held one per char (ISO-8859-1), as git parses bytes. */
    void text(String text, Path origin, int depth) throws IOException {
      new Parser(text, origin).parse((key, value) -> add(key, value, origin, depth));
    }

    void commandLine() throws IOException {
      String count = env.get("GIT_CONFIG_COUNT");
      if (count != null && !count.isEmpty()) {
        int n;
        try {
          n = Integer.parseInt(count.strip());
        } catch (NumberFormatException e) {
          throw new IOException("bogus count in GIT_CONFIG_COUNT: '" + count + "'");
        }
        for (int i = 0; i < n; i++) {
          String key = env.get("GIT_CONFIG_KEY_" + i);
          String value = env.get("GIT_CONFIG_VALUE_" + i);
          if (key == null || value == null) {
            throw new IOException("missing config key or value GIT_CONFIG_KEY_" + i);
          }
          add(canonical(key), value, null, 0);
        }
      }
      String parameters = env.get("GIT_CONFIG_PARAMETERS");
      if (parameters != null && !parameters.isEmpty()) {
        for (String[] pair : parameters(parameters)) {
          add(canonical(pair[0]), pair[1], null, 0);
        }
      }
    }

    private void add(String key, String value, Path origin, int depth) throws IOException {
      boolean fromFile = origin != null;
      String k = fromFile ? utf8(key) : key;
      String v = fromFile && value != null ? utf8(value) : value;
      entries.add(new Entry(k, v));
      if (!includes) {
        return;
      }
      if (k.startsWith("includeif.") && k.endsWith(".path")) {
        throw new GitDecides("conditional include in " + origin);
      }
      if (k.equals("include.path")) {
        include(v, origin, depth);
      }
    }

    private void include(String value, Path origin, int depth) throws IOException {
      if (value == null) {
        throw new IOException("missing value for 'include.path' in " + origin);
      }
      String path = value;
      if (path.startsWith("~")) {
        String home = env.get("HOME");
        if (path.equals("~") || path.startsWith("~/")) {
          if (home == null) {
            throw new GitDecides("~ without HOME");
          }
          path = home + path.substring(1);
        } else {
          throw new GitDecides("include path " + value);
        }
      }
      Path target = Path.of(path);
      if (!target.isAbsolute()) {
        if (origin == null) {
          throw new IOException("relative config includes must come from files: " + value);
        }
        Path dir = origin.getParent();
        target = dir == null ? target : dir.resolve(target);
      }
      if (!Files.exists(target)) {
        return;
      }
      if (depth + 1 > MAX_INCLUDE_DEPTH) {
        throw new IOException(
            "exceeded maximum include depth ("
                + MAX_INCLUDE_DEPTH
                + ") while including "
                + target
                + " from "
                + origin
                + "; this might be due to circular includes");
      }
      file(target, depth + 1);
    }

    private static String utf8(String latin1) {
      for (int i = 0; i < latin1.length(); i++) {
        if (latin1.charAt(i) > 0x7f) {
          return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }
      }
      return latin1;
    }
  }

  /**
   * {@code GIT_CONFIG_PARAMETERS}: single-quoted entries separated by spaces, {@code 'key'='value'}
   * (a value-less key: {@code 'key'=}) or the older {@code 'key=value'}.
   */
  static List<String[]> parameters(String text) throws IOException {
    List<String[]> pairs = new ArrayList<>();
    int[] pos = {0};
    while (pos[0] < text.length()) {
      String key = dequote(text, pos);
      String value;
      if (pos[0] < text.length() && text.charAt(pos[0]) == '=') {
        pos[0]++;
        if (pos[0] >= text.length() || text.charAt(pos[0]) == ' ') {
          value = null;
        } else {
          value = dequote(text, pos);
        }
      } else {
        int eq = key.indexOf('=');
        value = eq < 0 ? null : key.substring(eq + 1);
        key = eq < 0 ? key : key.substring(0, eq);
      }
      pairs.add(new String[] {key, value});
      if (pos[0] < text.length() && text.charAt(pos[0]) != ' ') {
        throw new IOException("bogus format in GIT_CONFIG_PARAMETERS");
      }
      while (pos[0] < text.length() && text.charAt(pos[0]) == ' ') {
        pos[0]++;
      }
    }
    return pairs;
  }

  /** One shell-single-quoted word ({@code 'it'\''s'}) at {@code pos}, which it moves past. */
  private static String dequote(String text, int[] pos) throws IOException {
    int i = pos[0];
    if (i >= text.length() || text.charAt(i) != '\'') {
      throw new IOException("bogus format in GIT_CONFIG_PARAMETERS");
    }
    StringBuilder b = new StringBuilder();
    i++;
    while (true) {
      if (i >= text.length()) {
        throw new IOException("bogus format in GIT_CONFIG_PARAMETERS");
      }
      char c = text.charAt(i++);
      if (c != '\'') {
        b.append(c);
        continue;
      }
      // a closing quote, possibly followed by \' or \! and a new opening quote (git's sq_quote)
      if (i + 2 < text.length()
          && text.charAt(i) == '\\'
          && (text.charAt(i + 1) == '\'' || text.charAt(i + 1) == '!')
          && text.charAt(i + 2) == '\'') {
        b.append(text.charAt(i + 1));
        i += 3;
        continue;
      }
      break;
    }
    pos[0] = i;
    return b.toString();
  }

  /** git's config file grammar ({@code config.c}), character by character. */
  private static final class Parser {
    private final String text;
    private final Path origin;
    private int pos;
    private int line = 1;
    private boolean eof;

    interface Sink {
      void accept(String key, String value) throws IOException;
    }

    Parser(String text, Path origin) {
      this.text = text;
      this.origin = origin;
    }

    private int next() {
      if (pos >= text.length()) {
        eof = true;
        return '\n';
      }
      char c = text.charAt(pos++);
      if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
        pos++;
        c = '\n';
      }
      if (c == '\n') {
        line++;
      }
      return c;
    }

    void parse(Sink sink) throws IOException {
      if (text.startsWith("\u00ef\u00bb\u00bf")) {
        pos = 3; // a UTF-8 byte order mark
      }
      StringBuilder var = new StringBuilder();
      int baseLength = 0;
      boolean comment = false;
      while (true) {
        int c = next();
        if (c == '\n') {
          if (eof) {
            return;
          }
          comment = false;
          continue;
        }
        if (comment || isSpace(c)) {
          continue;
        }
        if (c == '#' || c == ';') {
          comment = true;
          continue;
        }
        if (c == '[') {
          var.setLength(0);
          if (!baseVar(var) || var.length() < 1) {
            throw bad();
          }
          var.append('.');
          baseLength = var.length();
          continue;
        }
        if (!isAlpha(c)) {
          throw bad();
        }
        var.setLength(baseLength);
        var.append(lower(c));
        if (!value(var, sink)) {
          throw bad();
        }
      }
    }

    private IOException bad() {
      return new IOException(
          "bad config line "
              + line
              + " in file "
              + origin
              + "; fix it or check it with: git config --file "
              + origin
              + " --list");
    }

    private boolean baseVar(StringBuilder var) {
      while (true) {
        int c = next();
        if (eof) {
          return false;
        }
        if (c == ']') {
          return true;
        }
        if (isSpace(c)) {
          return extendedBaseVar(var, c);
        }
        if (!isKeyChar(c) && c != '.') {
          return false;
        }
        var.append(lower(c));
      }
    }

    private boolean extendedBaseVar(StringBuilder var, int c) {
      do {
        if (c == '\n') {
          return false;
        }
        c = next();
      } while (isSpace(c));
      if (c != '"') {
        return false;
      }
      var.append('.');
      while (true) {
        c = next();
        if (c == '\n') {
          return false;
        }
        if (c == '"') {
          break;
        }
        if (c == '\\') {
          c = next();
          if (c == '\n') {
            return false;
          }
        }
        var.append((char) c);
      }
      return next() == ']';
    }

    private boolean value(StringBuilder var, Sink sink) throws IOException {
      int c;
      while (true) {
        c = next();
        if (eof || !isKeyChar(c)) {
          break;
        }
        var.append(lower(c));
      }
      while (c == ' ' || c == '\t') {
        c = next();
      }
      String value = null;
      if (c != '\n') {
        if (c != '=') {
          return false;
        }
        value = parseValue();
        if (value == null) {
          return false;
        }
      }
      sink.accept(var.toString(), value);
      return true;
    }

    private String parseValue() {
      StringBuilder v = new StringBuilder();
      boolean quote = false;
      boolean comment = false;
      int trimLength = 0;
      while (true) {
        int c = next();
        if (c == '\n') {
          if (quote) {
            return null;
          }
          if (trimLength > 0) {
            v.setLength(trimLength);
          }
          return v.toString();
        }
        if (comment) {
          continue;
        }
        if (isSpace(c) && !quote) {
          if (trimLength == 0) {
            trimLength = v.length();
          }
          if (v.length() > 0) {
            v.append((char) c);
          }
          continue;
        }
        if (!quote && (c == ';' || c == '#')) {
          comment = true;
          continue;
        }
        trimLength = 0;
        if (c == '\\') {
          c = next();
          switch (c) {
            case '\n':
              continue;
            case 't':
              c = '\t';
              break;
            case 'b':
              c = '\b';
              break;
            case 'n':
              c = '\n';
              break;
            case '\\':
            case '"':
              break;
            default:
              return null;
          }
          v.append((char) c);
          continue;
        }
        if (c == '"') {
          quote = !quote;
          continue;
        }
        v.append((char) c);
      }
    }

    private static boolean isSpace(int c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isAlpha(int c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isKeyChar(int c) {
      return isAlpha(c) || (c >= '0' && c <= '9') || c == '-';
    }

    private static char lower(int c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c;
    }
  }
}
