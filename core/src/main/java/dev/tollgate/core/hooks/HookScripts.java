package dev.tollgate.core.hooks;

import static dev.tollgate.core.hooks.ShellQuote.quote;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The POSIX sh text Tollgate installs: the block that goes into each hook and the runner script the
 * blocks call. Every path is single-quoted, so spaces, quotes and {@code $} in it are safe.
 */
public final class HookScripts {

  /** The hooks Tollgate installs. */
  public static final List<String> HOOKS = List.of("pre-commit", "commit-msg", "pre-push");

  /** The Maven plugin the fallback runs. */
  static final String PLUGIN = "dev.tollgate:quality-maven-plugin";

  /** JVM flags for a short-lived command: the fastest start-up, no JIT tiers beyond C1. */
  static final String JVM_FLAGS =
      "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:-UsePerfData -Xss512k";

  private HookScripts() {}

  /**
   * The block body for one hook.
   *
   * @param hook {@code pre-commit}, {@code commit-msg} or {@code pre-push}
   * @param runner the runner script
   * @param chained the user's renamed hook to run afterwards, or {@code null}
   */
  public static String body(String hook, Path runner, Path chained) {
    StringBuilder b = new StringBuilder();
    b.append("tollgate_run=").append(quote(runner.toString())).append('\n');
    if (hook.equals("pre-push")) {
      // git writes the pushed refs to standard input: keep them for the user's part of the hook
      b.append("tollgate_in=\"${TMPDIR:-/tmp}/tollgate-pre-push.$$\"\n");
      b.append("cat > \"$tollgate_in\"\n");
      b.append("if [ -f \"$tollgate_run\" ]; then\n");
      b.append("  sh \"$tollgate_run\" pre-push \"$@\" < \"$tollgate_in\" ")
          .append("|| { tollgate_rc=$?; rm -f \"$tollgate_in\"; exit $tollgate_rc; }\n");
      b.append("fi\n");
      b.append("exec < \"$tollgate_in\"\n");
      b.append("rm -f \"$tollgate_in\"\n");
    } else {
      b.append("if [ -f \"$tollgate_run\" ]; then\n");
      b.append("  sh \"$tollgate_run\" ").append(hook).append(" \"$@\" || exit $?\n");
      b.append("fi\n");
    }
    if (chained != null) {
      b.append("tollgate_chained=").append(quote(chained.toString())).append('\n');
      b.append("if [ -x \"$tollgate_chained\" ]; then exec \"$tollgate_chained\" \"$@\"; fi\n");
    }
    return b.toString();
  }

  /**
   * The runner: starts {@link HookMain} with {@code java -cp} when every jar recorded at install
   * time is still there, and falls back to {@code ./mvnw -q} / {@code mvn -q} otherwise. Prints how
   * to bypass the hook only when it fails.
   */
  public static String runner(HookRuntime runtime, Path settingsFile) {
    String classpath =
        runtime.classpath().stream().map(Path::toString).collect(Collectors.joining(":"));
    String jars =
        runtime.classpath().stream().map(p -> quote(p.toString())).collect(Collectors.joining(" "));
    String coordinates = PLUGIN + ":" + runtime.version();
    StringBuilder s = new StringBuilder();
    s.append("#!/bin/sh\n");
    s.append("# Tollgate ")
        .append(runtime.version())
        .append(
            " git hook runner, written by quality:install-hooks (rewritten on every install).\n");
    s.append("# Set TOLLGATE_SKIP_HOOKS=1 to skip every Tollgate hook once.\n");
    s.append("hook=$1\nshift\n");
    s.append("[ -z \"$TOLLGATE_SKIP_HOOKS\" ] || exit 0\n");
    s.append("java=").append(quote(runtime.javaExecutable().toString())).append('\n');
    s.append("[ -x \"$java\" ] || java=java\n");
    s.append("settings=").append(quote(settingsFile.toString())).append('\n');
    s.append("fast=yes\n");
    s.append("for jar in ").append(jars.isEmpty() ? "''" : jars).append("; do\n");
    s.append("  [ -e \"$jar\" ] || fast=no\n");
    s.append("done\n");
    s.append("command -v \"$java\" >/dev/null 2>&1 || fast=no\n");
    s.append("if [ $fast = yes ]; then\n");
    s.append("  \"$java\" ")
        .append(JVM_FLAGS)
        .append(" -cp ")
        .append(quote(classpath))
        .append(" ")
        .append(HookMain.class.getName())
        .append(" \"$hook\" \"$settings\" \"$@\"\n");
    s.append("  rc=$?\n");
    s.append("else\n");
    s.append(
        "  # the jars moved (local repository cleaned or Tollgate upgraded): let Maven resolve them\n");
    s.append("  if [ \"$hook\" = commit-msg ]; then\n");
    s.append("    case $1 in /*) ;; *) set -- \"$PWD/$1\" ;; esac\n");
    s.append("  fi\n");
    s.append("  tollgate_in=\"${TMPDIR:-/tmp}/tollgate-hook-in.$$\"\n");
    s.append(
        "  if [ \"$hook\" = pre-push ]; then cat > \"$tollgate_in\"; else : > \"$tollgate_in\"; fi\n");
    s.append("  cd ").append(quote(runtime.projectDir().toString())).append(" || exit 2\n");
    s.append("  if [ -x ./mvnw ]; then mvn=./mvnw; else mvn=mvn; fi\n");
    s.append("  case $hook in\n");
    s.append("    pre-commit) \"$mvn\" -q -N ").append(coordinates).append(":branch ;;\n");
    s.append("    commit-msg) \"$mvn\" -q -N ")
        .append(coordinates)
        .append(":commit-msg \"-Dtollgate.commitMsgFile=$1\" ;;\n");
    s.append("    pre-push) \"$mvn\" -q -N ")
        .append(coordinates)
        .append(
            ":branch \"-Dtollgate.branch.prePush=$tollgate_in\" \"-Dtollgate.branch.remote=$1\" ;;\n");
    s.append("    *) rc=0 ;;\n");
    s.append("  esac\n");
    s.append("  rc=$?\n");
    s.append("  rm -f \"$tollgate_in\"\n");
    s.append("fi\n");
    s.append("if [ $rc -ne 0 ]; then\n");
    s.append("  case $hook in\n");
    s.append("    pre-push) bypass='git push --no-verify' ;;\n");
    s.append("    *) bypass='git commit --no-verify' ;;\n");
    s.append("  esac\n");
    s.append(
        "  echo \"tollgate: the $hook hook refused this. In an emergency, bypass it with: $bypass\" >&2\n");
    s.append("fi\n");
    s.append("exit $rc\n");
    return s.toString();
  }
}
