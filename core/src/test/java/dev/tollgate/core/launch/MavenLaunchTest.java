package dev.tollgate.core.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.launch.MavenLaunch.Choice;
import dev.tollgate.core.launch.MavenLaunch.Os;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MavenLaunchTest {

  private static final Path PROJECT = Path.of("/work/project");
  private static final Path HOME_MVN = Path.of("/opt/maven/bin/mvn");
  private static final Path HOME_MVN_CMD = Path.of("/opt/maven/bin/mvn.cmd");
  private static final Path WRAPPER = PROJECT.resolve("mvnw");
  private static final Path WRAPPER_CMD = PROJECT.resolve("mvnw.cmd");

  /** Which executable each choice starts, by what exists; {@code null}: none. */
  static Stream<Arguments> executables() {
    return Stream.of(
        // choice, os, running Maven known, runnable files, expected executable
        Arguments.of(Choice.RUNNING, Os.POSIX, true, Set.of(HOME_MVN), HOME_MVN.toString()),
        Arguments.of(Choice.RUNNING, Os.POSIX, true, Set.of(), null),
        Arguments.of(Choice.RUNNING, Os.POSIX, false, Set.of(HOME_MVN), null),
        Arguments.of(Choice.RUNNING, Os.POSIX, true, Set.of(WRAPPER), null),
        Arguments.of(
            Choice.RUNNING, Os.WINDOWS, true, Set.of(HOME_MVN_CMD), HOME_MVN_CMD.toString()),
        Arguments.of(
            Choice.RUNNING_ELSE_PATH, Os.POSIX, true, Set.of(HOME_MVN), HOME_MVN.toString()),
        Arguments.of(Choice.RUNNING_ELSE_PATH, Os.POSIX, true, Set.of(), "mvn"),
        Arguments.of(Choice.RUNNING_ELSE_PATH, Os.POSIX, false, Set.of(WRAPPER), "mvn"),
        Arguments.of(Choice.RUNNING_ELSE_PATH, Os.WINDOWS, false, Set.of(), "mvn.cmd"),
        Arguments.of(
            Choice.WRAPPER_FIRST, Os.POSIX, true, Set.of(WRAPPER, HOME_MVN), WRAPPER.toString()),
        Arguments.of(Choice.WRAPPER_FIRST, Os.POSIX, true, Set.of(HOME_MVN), HOME_MVN.toString()),
        Arguments.of(Choice.WRAPPER_FIRST, Os.POSIX, true, Set.of(), "mvn"),
        Arguments.of(Choice.WRAPPER_FIRST, Os.POSIX, false, Set.of(), "mvn"),
        Arguments.of(
            Choice.WRAPPER_FIRST,
            Os.WINDOWS,
            true,
            Set.of(WRAPPER, WRAPPER_CMD, HOME_MVN_CMD),
            WRAPPER_CMD.toString()),
        Arguments.of(
            Choice.WRAPPER_FIRST,
            Os.WINDOWS,
            true,
            Set.of(WRAPPER, HOME_MVN_CMD),
            HOME_MVN_CMD.toString()),
        Arguments.of(Choice.WRAPPER_FIRST, Os.WINDOWS, false, Set.of(WRAPPER), "mvn.cmd"));
  }

  @ParameterizedTest(name = "{0} on {1}, running known {2}, runnable {3}: {4}")
  @MethodSource("executables")
  void picksTheExecutable(
      Choice choice, Os os, boolean known, Set<Path> runnable, String expected) {
    Optional<Path> running =
        known ? MavenLaunch.executableIn(Optional.of("/opt/maven"), os) : Optional.empty();
    MavenLaunch launch = MavenLaunch.executableOnly(running, os);

    Optional<List<String>> command =
        launch.command(choice, PROJECT, List.of("verify"), runnable::contains);

    if (expected == null) {
      assertThat(command).isEmpty();
    } else {
      assertThat(command).contains(List.of(expected, "verify"));
    }
  }

  @Test
  void passesOnTheRunningBuildsOptionsBeforeTheCallersArguments() {
    MavenLaunch launch =
        new MavenLaunch(
            Optional.of(HOME_MVN),
            Os.POSIX,
            true,
            Optional.of(Path.of("/home/u/.m2/settings.xml")),
            Optional.of(Path.of("/etc/maven/settings.xml")),
            Optional.of(Path.of("/home/u/.m2/repository")));

    assertThat(
            launch.command(
                Choice.RUNNING, PROJECT, List.of("-B", "-f", "/work/project/pom.xml"), p -> true))
        .contains(
            List.of(
                HOME_MVN.toString(),
                "-o",
                "-s",
                "/home/u/.m2/settings.xml",
                "-gs",
                "/etc/maven/settings.xml",
                "-Dmaven.repo.local=/home/u/.m2/repository",
                "-B",
                "-f",
                "/work/project/pom.xml"));
  }

  @Test
  void leavesOutTheInstallationsOwnGlobalSettings() {
    MavenLaunch launch =
        new MavenLaunch(
            Optional.of(HOME_MVN),
            Os.POSIX,
            false,
            Optional.empty(),
            Optional.of(Path.of("/opt/maven/bin/../conf/settings.xml")),
            Optional.empty());
    assertThat(launch.inheritedOptions()).isEmpty();
    MavenLaunch unknownMaven =
        new MavenLaunch(
            Optional.empty(),
            Os.POSIX,
            false,
            Optional.empty(),
            Optional.of(Path.of("/opt/maven/conf/settings.xml")),
            Optional.empty());
    assertThat(unknownMaven.inheritedOptions())
        .containsExactly("-gs", "/opt/maven/conf/settings.xml");
    assertThat(launch.command(Choice.RUNNING_ELSE_PATH, PROJECT, List.of(), p -> false))
        .as("mvn from the PATH reads its own global settings, so the running build's are named")
        .contains(List.of("mvn", "-gs", "/opt/maven/bin/../conf/settings.xml"));
    assertThat(launch.command(Choice.RUNNING, PROJECT, List.of(), p -> true))
        .contains(List.of(HOME_MVN.toString()));
  }

  @Test
  void passesOnOnlyWhatTheRunningBuildHas() {
    MavenLaunch online =
        new MavenLaunch(
            Optional.of(HOME_MVN),
            Os.POSIX,
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.of(Path.of("/repo")));
    assertThat(online.inheritedOptions()).containsExactly("-Dmaven.repo.local=/repo");
    assertThat(MavenLaunch.executableOnly(Optional.of(HOME_MVN), Os.POSIX).inheritedOptions())
        .isEmpty();
  }

  @Test
  void theWrapperGetsTheInheritedOptionsToo() {
    MavenLaunch launch =
        new MavenLaunch(
            Optional.empty(), Os.POSIX, true, Optional.empty(), Optional.empty(), Optional.empty());
    Predicate<Path> runnable = WRAPPER::equals;
    assertThat(launch.command(Choice.WRAPPER_FIRST, PROJECT, List.of("-q"), runnable))
        .contains(List.of(WRAPPER.toString(), "-o", "-q"));
  }

  @Test
  void findsTheExecutableOfAnInstallation() {
    assertThat(MavenLaunch.executableIn(Optional.of("/opt/maven"), Os.POSIX)).contains(HOME_MVN);
    assertThat(MavenLaunch.executableIn(Optional.of("/opt/maven"), Os.WINDOWS))
        .contains(HOME_MVN_CMD);
    assertThat(MavenLaunch.executableIn(Optional.of(" "), Os.POSIX)).isEmpty();
    assertThat(MavenLaunch.executableIn(Optional.empty(), Os.POSIX)).isEmpty();
  }

  @Test
  void readsTheOperatingSystemFromItsName() {
    assertThat(MavenLaunch.Os.of("Windows 11")).isEqualTo(Os.WINDOWS);
    assertThat(MavenLaunch.Os.of("Linux")).isEqualTo(Os.POSIX);
    assertThat(MavenLaunch.Os.of("Mac OS X")).isEqualTo(Os.POSIX);
    assertThat(MavenLaunch.Os.of(null)).isEqualTo(Os.POSIX);
  }
}
