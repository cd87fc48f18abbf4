package dev.tollgate.core.files;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names that break checkouts elsewhere: paths that differ only in case (they collide on macOS and
 * Windows), names Windows cannot create (reserved device names, {@code <>:"|?*}, control
 * characters, a trailing dot or space), symbolic links whose target does not exist, and symbolic
 * links that point outside the repository.
 */
public final class NameCheck implements PathCheck {

  /** The check's id. */
  public static final String ID = "names";

  private static final Set<String> RESERVED =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  /** A byte of a path that is no UTF-8, as the index listing escapes it. */
  private static final java.util.regex.Pattern ESCAPED_BYTE =
      java.util.regex.Pattern.compile("\\\\[0-3][0-7]{2}");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(List<FileInfo> files, Tree tree, FindingSink sink) {
    Map<String, String> folded = new HashMap<>();
    Map<String, String> clashes = new HashMap<>();
    for (String path : tree.trackedPaths()) {
      for (String prefix : prefixes(path)) {
        String key = prefix.toLowerCase(Locale.ROOT);
        String seen = folded.putIfAbsent(key, prefix);
        if (seen != null && !seen.equals(prefix)) {
          clashes.put(prefix, seen);
          clashes.putIfAbsent(seen, prefix);
        }
      }
    }
    for (FileInfo file : files) {
      String path = file.path();
      if (!clashes.isEmpty()) {
        for (String prefix : prefixes(path)) {
          String other = clashes.get(prefix);
          if (other != null) {
            sink.report(
                FileFinding.of(
                    ID,
                    "case-conflict",
                    path,
                    0,
                    0,
                    prefix.equals(path)
                        ? "differs only in case from '" + other + "'"
                        : "directory '" + prefix + "' differs only in case from '" + other + "'",
                    "rename one of them (git mv); they collide on case-insensitive file systems"));
            break;
          }
        }
      }
      String bad = windowsProblem(path);
      if (ESCAPED_BYTE.matcher(path).find()) {
        // git's bytes are no UTF-8: the path is shown escaped (sec\377ret.env)
        sink.report(
            FileFinding.of(
                ID,
                "not-utf8",
                path,
                0,
                0,
                "name is not valid UTF-8 (shown escaped); Windows and macOS cannot check it out",
                "rename it to a UTF-8 name with git mv"));
      } else if (bad != null) {
        sink.report(
            FileFinding.of(
                ID,
                "windows-name",
                path,
                0,
                0,
                "cannot be checked out on Windows: " + bad,
                "rename it with git mv"));
      }
      if (file.symlink()) {
        symlink(file, tree, sink);
      }
    }
  }

  private static void symlink(FileInfo file, Tree tree, FindingSink sink) {
    String target = tree.linkTarget(file);
    if (target == null) {
      return;
    }
    String path = file.path();
    String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
    Path resolved = Path.of(dir).resolve(target.replace('\\', '/')).normalize();
    boolean absolute = target.startsWith("/") || target.matches("^[A-Za-z]:[\\\\/].*");
    if (absolute || resolved.startsWith("..") || resolved.toString().equals("..")) {
      sink.report(
          FileFinding.of(
              ID,
              "symlink-outside",
              path,
              0,
              0,
              "symbolic link to '" + target + "', outside the repository",
              "point it inside the repository or replace it with a copy"));
    } else if (loops(file, tree)) {
      sink.report(
          FileFinding.of(
              ID,
              "symlink-loop",
              path,
              0,
              0,
              "symbolic link to '" + target + "', which leads back to itself through tracked links",
              "point it at a file, or remove the link (git rm " + path + ")"));
    } else if (!tree.exists(resolved.toString().replace('\\', '/'))) {
      sink.report(
          FileFinding.of(
              ID,
              "broken-symlink",
              path,
              0,
              0,
              "symbolic link to '" + target + "', which does not exist",
              "fix the target or remove the link (git rm " + path + ")"));
    }
  }

  /**
   * Whether following a link through the tracked links (as stored, not as the file system resolves
   * them) comes back to a link already seen, or takes more hops than a system follows (40).
   */
  private static boolean loops(FileInfo link, Tree tree) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    seen.add(link.path());
    FileInfo current = link;
    for (int hops = 0; hops < 40; hops++) {
      String target = tree.linkTarget(current);
      if (target == null || target.startsWith("/")) {
        return false;
      }
      String path = current.path();
      String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
      String next =
          Path.of(dir).resolve(target.replace('\\', '/')).normalize().toString().replace('\\', '/');
      if (!seen.add(next)) {
        return true;
      }
      current = tree.trackedLink(next);
      if (current == null) {
        return false;
      }
    }
    return true;
  }

  /** Why Windows cannot create this path, or {@code null}. */
  static String windowsProblem(String path) {
    for (String segment : path.split("/")) {
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        if (c < 32 || "<>:\"|?*\\".indexOf(c) >= 0) {
          return c < 32
              ? "control character (code " + (int) c + ") in '" + segment + "'"
              : "character '" + c + "' in '" + segment + "'";
        }
      }
      if (segment.endsWith(".") || segment.endsWith(" ")) {
        return "'" + segment + "' ends with a dot or space";
      }
      int dot = segment.indexOf('.');
      String stem = (dot < 0 ? segment : segment.substring(0, dot)).toLowerCase(Locale.ROOT);
      if (RESERVED.contains(stem.trim())) {
        return "'" + segment + "' is a reserved device name";
      }
    }
    return null;
  }

  private static List<String> prefixes(String path) {
    List<String> out = new java.util.ArrayList<>();
    int i = -1;
    while ((i = path.indexOf('/', i + 1)) >= 0) {
      out.add(path.substring(0, i));
    }
    out.add(path);
    return out;
  }
}
