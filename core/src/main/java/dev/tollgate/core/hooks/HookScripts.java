package dev.tollgate.core.hooks;

import static dev.tollgate.core.tasks.ShellQuote.quote;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The POSIX sh text Tollgate installs: the block that goes into each hook and the runner script the
 * blocks call. Every path is single-quoted, so spaces, quotes and {@code $} in it are safe.
 */
public final class HookScripts {

  /**
   * The hooks Tollgate installs; {@code prepare-commit-msg} (types and scopes as comments in the
   * editor) only when named in {@code tollgate.hooks.names}.
   */
  public static final List<String> HOOKS =
      List.of("pre-commit", "commit-msg", "pre-push", "prepare-commit-msg");

  /** The hooks installed when {@code tollgate.hooks.names} is not set. */
  public static final List<String> DEFAULT_HOOKS = List.of("pre-commit", "commit-msg", "pre-push");

  /** JVM flags for a short-lived command: the fastest start-up, no JIT tiers beyond C1. */
  static final String JVM_FLAGS =
      "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:-UsePerfData -Xss512k";

  private HookScripts() {}

  /** The command that repairs the hooks, printed whenever a hook cannot do its full job. */
  static final String REPAIR = "mvn quality:install-hooks";

  /**
   * The block body for one hook. Nothing in it is a path fixed at install time: the runner is found
   * through git at run time ({@code git rev-parse --git-common-dir}) and a chained user hook beside
   * the hook itself, so a moved or copied repository runs its own runner. When the runner is
   * missing the hook refuses, naming the repair and the bypass: it never passes unchecked.
   *
   * @param hook {@code pre-commit}, {@code commit-msg} or {@code pre-push}
   * @param chained whether the user's renamed hook ({@code <hook>}{@value HookFile#CHAINED_SUFFIX})
   *     runs afterwards
   */
  public static String body(String hook, boolean chained) {
    StringBuilder b = new StringBuilder();
    b.append("if [ -z \"$TOLLGATE_SKIP_HOOKS\" ]; then\n");
    b.append("  tollgate_run=$(git rev-parse --git-common-dir 2>/dev/null)")
        .append(" && tollgate_run=\"$(cd \"$tollgate_run\" && pwd -P)/")
        .append(HookInstaller.TOOL_DIR)
        .append("/run\" || tollgate_run=\n");
    b.append("  if [ ! -f \"$tollgate_run\" ]; then\n");
    b.append("    echo \"tollgate: the ")
        .append(hook)
        .append(" hook cannot run: ${tollgate_run:-the Tollgate runner} is missing.\" >&2\n");
    b.append("    echo \"tollgate: repair it with: ")
        .append(REPAIR)
        .append(" (or remove the hooks: mvn quality:uninstall-hooks);")
        .append(" bypass once with ")
        .append(bypass(hook))
        .append(" or TOLLGATE_SKIP_HOOKS=1\" >&2\n");
    b.append("    exit 1\n");
    b.append("  fi\n");
    if (hook.equals("pre-push")) {
      // git writes the pushed refs to standard input: keep them for the user's part of the hook
      b.append("  tollgate_in=\"${TMPDIR:-/tmp}/tollgate-pre-push.$$\"\n");
      b.append("  cat > \"$tollgate_in\"\n");
      b.append("  sh \"$tollgate_run\" pre-push \"$@\" < \"$tollgate_in\" ")
          .append("|| { tollgate_rc=$?; rm -f \"$tollgate_in\"; exit $tollgate_rc; }\n");
      b.append("  exec < \"$tollgate_in\"\n");
      b.append("  rm -f \"$tollgate_in\"\n");
    } else {
      b.append("  sh \"$tollgate_run\" ").append(hook).append(" \"$@\" || exit $?\n");
    }
    b.append("fi\n");
    if (chained) {
      b.append("tollgate_chained=\"$0").append(HookFile.CHAINED_SUFFIX).append("\"\n");
      b.append("if [ -x \"$tollgate_chained\" ]; then exec \"$tollgate_chained\" \"$@\"; fi\n");
    }
    return b.toString();
  }

  private static String bypass(String hook) {
    return hook.equals("pre-push") ? "git push --no-verify" : "git commit --no-verify";
  }

  /**
   * The runner: starts {@link HookMain} with {@code java -cp} and the settings file beside itself.
   * When a jar recorded at install time is gone (local repository cleaned, Tollgate upgraded) or no
   * {@code java} runs, it refuses with the repair command: a hook that cannot do its full job never
   * lets a commit through unchecked. Prints how to bypass the hook whenever it refuses.
   *
   * @param runtime what the hooks run
   * @param projectPath the Maven project's directory relative to the work tree's root ({@code ""}
   *     for the root), named in the repair command
   */
  public static String runner(HookRuntime runtime, String projectPath) {
    String classpath =
        runtime.classpath().stream().map(Path::toString).collect(Collectors.joining(":"));
    String jars =
        runtime.classpath().stream().map(p -> quote(p.toString())).collect(Collectors.joining(" "));
    String repair = projectPath.isEmpty() ? REPAIR : "cd " + quote(projectPath) + " && " + REPAIR;
    StringBuilder s = new StringBuilder();
    s.append("#!/bin/sh\n");
    s.append("# Tollgate ")
        .append(runtime.version())
        .append(
            " git hook runner, written by quality:install-hooks (rewritten on every install).\n");
    s.append("# Set TOLLGATE_SKIP_HOOKS=1 to skip every Tollgate hook once.\n");
    s.append("hook=$1\nshift\n");
    s.append("[ -z \"$TOLLGATE_SKIP_HOOKS\" ] || exit 0\n");
    s.append("case $hook in\n");
    s.append("  pre-push) bypass='git push --no-verify' ;;\n");
    s.append("  *) bypass='git commit --no-verify' ;;\n");
    s.append("esac\n");
    s.append("java=").append(quote(runtime.javaExecutable().toString())).append('\n');
    s.append("[ -x \"$java\" ] || java=java\n");
    s.append("settings=\"$(cd \"$(dirname \"$0\")\" && pwd -P)/")
        .append(HookInstaller.SETTINGS_FILE)
        .append("\"\n");
    s.append("missing=\n");
    s.append("for jar in ").append(jars.isEmpty() ? "''" : jars).append("; do\n");
    s.append("  [ -e \"$jar\" ] || missing=\"$jar\"\n");
    s.append("done\n");
    s.append(
        "command -v \"$java\" >/dev/null 2>&1 || missing=\"java (no Java runtime on PATH)\"\n");
    s.append("if [ -n \"$missing\" ]; then\n");
    s.append("  echo \"tollgate: the $hook hook cannot run its checks: $missing is gone")
        .append(" (local Maven repository cleaned or Tollgate upgraded).\" >&2\n");
    s.append("  echo \"tollgate: repair it from the repository root with: ")
        .append(inDoubleQuotes(repair))
        .append("\" >&2\n");
    s.append("  echo \"tollgate: in an emergency, bypass it with: $bypass\" >&2\n");
    s.append("  exit 1\n");
    s.append("fi\n");
    s.append("\"$java\" ")
        .append(JVM_FLAGS)
        .append(" -cp ")
        .append(quote(classpath))
        .append(" ")
        .append(HookMain.class.getName())
        .append(" \"$hook\" \"$settings\" \"$@\"\n");
    s.append("rc=$?\n");
    s.append("if [ $rc -ne 0 ]; then\n");
    s.append(
        "  echo \"tollgate: the $hook hook refused this. In an emergency, bypass it with: $bypass\" >&2\n");
    s.append("fi\n");
    s.append("exit $rc\n");
    return s.toString();
  }

  /** Text for inside a double-quoted sh string: {@code \\ " $ `} escaped. */
  private static String inDoubleQuotes(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == '"' || c == '$' || c == '`') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
