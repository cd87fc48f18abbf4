package dev.tollgate.core.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tollgate.core.report.Finding;
import dev.tollgate.core.settings.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scanners on real files in a temporary project, with fixtures taken from the cases the tools
 * users know test: zizmor's unpinned-uses, pinact, hadolint DL3006/DL3007 and Renovate's
 * pinDigests.
 */
class ToolPinCheckTest {

  private static final String SHA = "11bd71901bbe5b1630ceea73d27597364c9af683";

  @TempDir Path root;

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private List<String> scan(Map<String, String> settings) throws IOException {
    return ToolPinCheck.run(root, ToolPinOptions.from(Settings.of(settings))).findings().stream()
        .map(ToolPinCheckTest::line)
        .toList();
  }

  private List<String> scan() throws IOException {
    return scan(Map.of());
  }

  private List<Finding> findings() throws IOException {
    return ToolPinCheck.run(root, ToolPinOptions.defaults()).findings();
  }

  private static String line(Finding f) {
    return f.location().display() + " " + f.ruleId() + " " + f.severity().label();
  }

  @Test
  void zizmorMenagerieOfUsesUnderTheShaPolicy() throws IOException {
    write(
        ".github/workflows/menagerie.yml",
        """
        name: menagerie-of-uses
        on: [push]
        permissions: {}
        jobs:
          menagerie:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/setup-python@v4
              - uses: actions/checkout
                with:
                  persist-credentials: false
              - uses: actions/checkout@v3
              - uses: actions/checkout@%s
              - uses: pypa/gh-action-pypi-publish@release/v1
              - uses: github/codeql-action/init@v3
              - uses: github/codeql-action/upload-sarif@v3
              - uses: ./local/action
              - run: "echo uses: evil/action@main"
        """
            .formatted(SHA));
    assertThat(scan())
        .containsExactly(
            ".github/workflows/menagerie.yml:8:15 unpinned-action error",
            ".github/workflows/menagerie.yml:9:15 unpinned-action error",
            ".github/workflows/menagerie.yml:12:15 unpinned-action error",
            ".github/workflows/menagerie.yml:14:15 unpinned-action error",
            ".github/workflows/menagerie.yml:15:15 unpinned-action error",
            ".github/workflows/menagerie.yml:16:15 unpinned-action error");
    List<Finding> found = findings();
    assertThat(found.get(0).message())
        .isEqualTo(
            "action actions/setup-python@v4 is pinned to the release line v4, which moves with"
                + " every release, not to a full commit SHA");
    assertThat(found.get(0).hint()).contains("actions/setup-python@<40-hex commit> # v1.2.3");
    assertThat(found.get(1).message()).isEqualTo("action actions/checkout names no version");
    assertThat(found.get(3).message()).contains("the branch or tag release/v1");
  }

  @Test
  void reusableWorkflowsCompositeActionsAndBlockScalars() throws IOException {
    write(
        ".github/workflows/reuse.yml",
        """
        on: push
        jobs:
          local-workflow:
            uses: ./.github/workflows/local.yml
          remote-branch-pinned:
            uses: owner/repo/.github/workflows/reusable.yml@main
          remote-tag-pinned:
            uses: owner/repo/.github/workflows/reusable.yml@v1
          remote-hash-pinned:
            uses: owner/repo/.github/workflows/reusable.yml@abcdef1234567890abcdef1234567890abcdef12
          block:
            runs-on: ubuntu-latest
            steps:
              - uses: |
                  actions/checkout@%s
              - uses: |
                  actions/checkout@v4
              - # a comment before the step's first key
                name: Setup Node
                uses: actions/setup-node@v4
                with:
                  node-version: ${{ env.NODE_VERSION }}
        """
            .formatted(SHA));
    write(
        ".github/actions/setup/action.yml",
        """
        name: composite
        runs:
          using: composite
          steps:
            - uses: asdf-vm/actions/setup@v3
            - uses: asdf-vm/actions/setup@main
            - uses: asdf-vm/actions/setup@abc1234
        """);
    assertThat(scan())
        .containsExactly(
            ".github/actions/setup/action.yml:5:13 unpinned-action error",
            ".github/actions/setup/action.yml:6:13 unpinned-action error",
            ".github/actions/setup/action.yml:7:13 unpinned-action error",
            ".github/workflows/reuse.yml:6:11 unpinned-action error",
            ".github/workflows/reuse.yml:8:11 unpinned-action error",
            ".github/workflows/reuse.yml:16:15 unpinned-action error",
            ".github/workflows/reuse.yml:20:15 unpinned-action error");
    assertThat(findings().get(2).message()).contains("the abbreviated commit abc1234");
  }

  @Test
  void tagPolicyAcceptsExactReleaseTagsOnly() throws IOException {
    write(
        ".github/workflows/ci.yml",
        """
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4.2.2
              - uses: actions/checkout@v4
              - uses: actions/checkout@v4.2
              - uses: actions/checkout@main
              - uses: actions/checkout@%s
              - uses: "actions/cache@v4.1.0-beta.1"
        """
            .formatted(SHA));
    assertThat(scan(Map.of("tollgate.pins.actions", "tag")))
        .containsExactly(
            ".github/workflows/ci.yml:7:15 unpinned-action error",
            ".github/workflows/ci.yml:8:15 unpinned-action error",
            ".github/workflows/ci.yml:9:15 unpinned-action error");
    assertThat(scan(Map.of("tollgate.pins.actions", "off"))).isEmpty();
  }

  @Test
  void workflowImagesFollowTheContainerRules() throws IOException {
    write(
        ".github/workflows/ci.yml",
        """
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            container: node:18
            services:
              db:
                image: postgres:latest
              cache:
                image: redis
              pinned:
                image: redis@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            steps:
              - uses: docker://alpine:latest
              - uses: docker://alpine:3.20
          other:
            runs-on: ubuntu-latest
            container:
              image: ubuntu
              options: --cpus 1
          matrix:
            runs-on: ubuntu-latest
            container: ${{ matrix.image }}
        """);
    assertThat(scan())
        .containsExactly(
            ".github/workflows/ci.yml:8:16 unpinned-image error",
            ".github/workflows/ci.yml:10:16 unpinned-image error",
            ".github/workflows/ci.yml:19:14 unpinned-image error",
            ".github/workflows/ci.yml:14:15 unpinned-image error");
    assertThat(scan(Map.of("tollgate.pins.images", "digest")))
        .contains(
            ".github/workflows/ci.yml:5:16 unpinned-image warning",
            ".github/workflows/ci.yml:15:15 unpinned-image warning");
    assertThat(scan(Map.of("tollgate.pins.scan", "actions"))).isEmpty();
  }

  @Test
  void setupJavaAndSetupNodeVersionsFollowTheToolPolicy() throws IOException {
    write(
        ".github/workflows/ci.yml",
        """
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/setup-java@%1$s # v4.7.1
                with:
                  distribution: temurin
                  java-version: '17'
              - uses: actions/setup-java@%1$s # v4.7.1
                with:
                  java-version: |
                    17.0.12
                    21
              - uses: actions/setup-node@%1$s # v4.4.0
                with:
                  node-version: lts/*
              - uses: actions/setup-node@%1$s # v4.4.0
                with:
                  node-version: 20.x
              - uses: actions/setup-java@%1$s # v4.7.1
                with:
                  java-version: ${{ matrix.java }}
        """
            .formatted(SHA));
    assertThat(scan()).containsExactly(".github/workflows/ci.yml:17:25 unpinned-tool error");
    assertThat(scan(Map.of("tollgate.pins.tools", "exact")))
        .containsExactly(
            ".github/workflows/ci.yml:9:25 unpinned-tool error",
            ".github/workflows/ci.yml:14:25 unpinned-tool error",
            ".github/workflows/ci.yml:17:25 unpinned-tool error",
            ".github/workflows/ci.yml:20:25 unpinned-tool error");
  }

  @Test
  void hadolintDl3006AndDl3007Cases() throws IOException {
    write("a/Dockerfile", "FROM debian\n");
    write("b/Dockerfile", "FROM debian AS builder\n");
    write("c/Dockerfile", "FROM ruby@sha256:f1dbca0f5dbc9\n");
    write("d/Dockerfile", "FROM ruby:2\n");
    write("e/Dockerfile", "FROM ${VALUE}\n");
    write(
        "f/Dockerfile",
        "FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM build as unit-test\nRUN bar\n"
            + "FROM alpine:3.7\nRUN baz\n");
    write(
        "g/Dockerfile",
        "FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM node as unit-test\nRUN bar\n"
            + "FROM alpine:3.7\nRUN baz\n");
    write("h/Dockerfile", "FROM scratch\n");
    write("i/Dockerfile", "FROM debian:latest\n");
    write("j/Dockerfile", "FROM debian:latest AS builder\n");
    write("k/Dockerfile", "FROM debian:jessie AS builder\n");
    write(
        "l/Dockerfile",
        "FROM hub.docker.io/debian:latest@sha256:"
            + "7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n");
    assertThat(scan())
        .containsExactly(
            "a/Dockerfile:1:6 unpinned-image error",
            "b/Dockerfile:1:6 unpinned-image error",
            "g/Dockerfile:3:6 unpinned-image error",
            "i/Dockerfile:1:6 unpinned-image error",
            "j/Dockerfile:1:6 unpinned-image error");
  }

  @Test
  void dockerfilePlatformArgsContinuationsHeredocsAndRegistries() throws IOException {
    write(
        "Dockerfile",
        """
        # syntax=docker/dockerfile:1
        ARG BASE=maven:latest
        ARG JDK=21
        ARG UNSET
        FROM --platform=$BUILDPLATFORM ${BASE} AS build
        RUN <<EOF
        FROM this-is-a-heredoc-line
        EOF
        FROM \\
          # a comment inside the continuation
          eclipse-temurin:${JDK}-jre
        FROM maven:$UNSET
        FROM localhost:5000/app
        FROM localhost:5000/app:1.2.3
        FROM ${MISSING:-alpine}
        """);
    write("build.Dockerfile", "# escape=`\nFROM `\n  node\n");
    write("Containerfile", "FROM docker.io/library/fedora:40\n");
    assertThat(scan())
        .containsExactly(
            "Dockerfile:5:32 unpinned-image error",
            "Dockerfile:13:6 unpinned-image error",
            "Dockerfile:15:6 unpinned-image error",
            "build.Dockerfile:2:1 unpinned-image error");
    assertThat(findings().get(0).message())
        .isEqualTo(
            "image maven:latest uses the 'latest' tag, which moves with every release (${BASE} with"
                + " the ARG defaults)");
    assertThat(scan(Map.of("tollgate.pins.images", "digest")))
        .contains(
            "Containerfile:1:6 unpinned-image warning", "Dockerfile:9:1 unpinned-image warning");
  }

  @Test
  void composeAndGitLabImages() throws IOException {
    write(
        "docker-compose.yml",
        """
        services:
          web:
            image: nginx
          proxy:
            image: "nginx:latest"
          db:
            image: postgres:16.4
          app:
            build: .
            image: my-app
          templated:
            image: ${REGISTRY}/app:${TAG:-latest}
        """);
    write(
        ".gitlab-ci.yml",
        """
        image: maven:latest
        variables:
          image: not-an-image
        services:
          - postgres:latest
          - name: redis:7.4
            alias: cache
        default:
          image:
            name: gradle
        build:
          image: $CI_REGISTRY_IMAGE/builder
          services:
            - name: docker:dind
        .template:
          image: node
        """);
    assertThat(scan())
        .containsExactly(
            ".gitlab-ci.yml:1:8 unpinned-image error",
            ".gitlab-ci.yml:5:5 unpinned-image error",
            ".gitlab-ci.yml:10:11 unpinned-image error",
            ".gitlab-ci.yml:16:10 unpinned-image error",
            "docker-compose.yml:3:12 unpinned-image error",
            "docker-compose.yml:5:12 unpinned-image error");
  }

  @Test
  void preCommitRevisions() throws IOException {
    write(
        ".pre-commit-config.yaml",
        """
        repos:
          - repo: https://github.com/pre-commit/pre-commit-hooks
            rev: master
            hooks: [{id: trailing-whitespace}]
          - repo: https://github.com/psf/black
            rev: stable
          - repo: https://github.com/pre-commit/mirrors-prettier
            rev: v4.0.0-alpha.8
          - repo: https://github.com/astral-sh/ruff-pre-commit
            rev: %s  # frozen: v0.6.9
          - repo: https://github.com/example/hooks
            rev: feature-branch
          - repo: https://github.com/example/norev
            hooks: [{id: x}]
          - repo: local
            hooks: [{id: y, name: y, entry: y, language: system}]
          - repo: meta
            hooks: [{id: check-hooks-apply}]
        """
            .formatted(SHA));
    assertThat(scan())
        .containsExactly(
            ".pre-commit-config.yaml:3:10 unpinned-hook error",
            ".pre-commit-config.yaml:6:10 unpinned-hook error",
            ".pre-commit-config.yaml:12:10 unpinned-hook warning",
            ".pre-commit-config.yaml:13:11 unpinned-hook error");
  }

  @Test
  void versionManagerFiles() throws IOException {
    write(".sdkmanrc", "# sdkman\njava=latest\nmaven=3.9.9\ngradle=8\n");
    write(".tool-versions", "java temurin-21.0.2+13.0.LTS\nnodejs latest # comment\npython 3.12\n");
    write(".java-version", "17\n");
    write(".nvmrc", "lts/*\n");
    write("web/.nvmrc", "v20.11.0\n");
    write("empty/.nvmrc", "\n");
    assertThat(scan())
        .containsExactly(
            ".nvmrc:1:1 unpinned-tool error",
            ".sdkmanrc:2:6 unpinned-tool error",
            ".tool-versions:2:8 unpinned-tool error",
            "empty/.nvmrc unpinned-tool error");
    assertThat(scan(Map.of("tollgate.pins.tools", "exact")))
        .containsExactly(
            ".java-version:1:1 unpinned-tool error",
            ".nvmrc:1:1 unpinned-tool error",
            ".sdkmanrc:2:6 unpinned-tool error",
            ".sdkmanrc:4:8 unpinned-tool error",
            ".tool-versions:2:8 unpinned-tool error",
            ".tool-versions:3:8 unpinned-tool error",
            "empty/.nvmrc unpinned-tool error");
  }

  @Test
  void toolchainsAndEnforcerJavaVersions() throws IOException {
    write(
        "pom.xml",
        """
        <project>
          <build>
            <plugins>
              <plugin>
                <artifactId>maven-toolchains-plugin</artifactId>
                <configuration>
                  <toolchains>
                    <jdk>
                      <version>[17,)</version>
                    </jdk>
                  </toolchains>
                </configuration>
              </plugin>
              <plugin>
                <artifactId>maven-enforcer-plugin</artifactId>
                <configuration>
                  <rules>
                    <requireJavaVersion>
                      <version>[17,)</version>
                    </requireJavaVersion>
                  </rules>
                </configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """);
    write(
        "module/pom.xml",
        "<project><build><plugins><plugin><configuration><toolchains><jdk><version>17</version>"
            + "</jdk></toolchains></configuration></plugin></plugins></build></project>\n");
    write(
        ".mvn/toolchains.xml",
        "<toolchains><toolchain><type>jdk</type><provides><version>17.0.12</version></provides>"
            + "</toolchain></toolchains>\n");
    assertThat(scan()).containsExactly("pom.xml:9:15 unpinned-tool error");
    assertThat(scan(Map.of("tollgate.pins.tools", "exact")))
        .containsExactly(
            "module/pom.xml:1:66 unpinned-tool error",
            "pom.xml:9:15 unpinned-tool error",
            "pom.xml:19:15 unpinned-tool warning");
    // POMs Maven has parsed are read again only when they can name a runtime: same findings
    write("other/pom.xml", "<project><build><plugins/></build></project>\n");
    ToolPinOptions exact = ToolPinOptions.from(Settings.of(Map.of("tollgate.pins.tools", "exact")));
    assertThat(
            ToolPinCheck.run(root, exact, Set.of("pom.xml", "module/pom.xml", "other/pom.xml"))
                .findings())
        .isEqualTo(ToolPinCheck.run(root, exact).findings());
  }

  @Test
  void aPomMavenParsedIsOnlyParsedAgainWhenItCanNameARuntime() throws IOException {
    write("pom.xml", "<project><build></project>\n"); // unreadable: Maven would have stopped
    assertThat(ToolPinCheck.run(root, ToolPinOptions.defaults(), Set.of("pom.xml")).findings())
        .isEmpty();
    write("pom.xml", "<project><requireJavaVersion></project>\n");
    assertThat(ToolPinCheck.run(root, ToolPinOptions.defaults(), Set.of("pom.xml")).findings())
        .extracting(Finding::ruleId)
        .containsExactly("malformed-file");
  }

  @Test
  void malformedFilesAreOneFindingEach() throws IOException {
    write(
        ".github/workflows/broken.yml",
        "on: push\njobs:\n  build:\n    steps: [{uses: a/b@v1}\n    runs-on: x\n");
    // nothing in it to judge: proven clean by the line read; its syntax is quality:files' finding
    write(".github/workflows/broken-but-nothing-to-judge.yml", "on: push\njobs: [unclosed\n");
    write(".pre-commit-config.yaml", "repos:\n  - repo: x\n   rev: : :\n");
    write("pom.xml", "<project><build></project>\n");
    write("Dockerfile", "FROM --platform=linux/amd64\n");
    write(".sdkmanrc", "java 21\n");
    Files.write(root.resolve(".nvmrc"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x31});
    List<Finding> found = findings();
    assertThat(found).extracting(Finding::ruleId).containsOnly("malformed-file");
    assertThat(found.stream().map(ToolPinCheckTest::line))
        .containsExactly(
            ".github/workflows/broken.yml:5:5 malformed-file error",
            ".nvmrc malformed-file error",
            ".pre-commit-config.yaml:3:4 malformed-file error",
            ".sdkmanrc:1:1 malformed-file error",
            "Dockerfile:1:1 malformed-file error",
            "pom.xml:1:19 malformed-file error");
    assertThat(found.get(0).message())
        .startsWith("cannot read this GitHub Actions workflow, so its pins are not checked: YAML");
  }

  @Test
  void aProjectWithNoneOfTheseFilesHasNoFindings() throws IOException {
    write("src/main/java/A.java", "class A {}\n");
    write("README.md", "uses: actions/checkout@main\nFROM maven:latest\n");
    write("src/test/resources/Dockerfile", "FROM maven:latest\n");
    write("target/Dockerfile", "FROM maven:latest\n");
    write("tests/integration/test-data/unpinned/action.yml", "runs: {steps: [{uses: a/b@main}]}\n");
    write("testdata/compose.yaml", "services: {db: {image: postgres}}\n");
    write("node_modules/x/action.yml", "runs: {using: composite, steps: [{uses: a/b@main}]}\n");
    write("sub/.github/workflows/ci.yml", "jobs: {a: {steps: [{uses: a/b@main}]}}\n");
    ToolPinCheck.Result result = ToolPinCheck.run(root, ToolPinOptions.defaults());
    assertThat(result.findings()).isEmpty();
    assertThat(result.files()).isZero();
  }

  @Test
  void scansCanBeSwitchedOff() throws IOException {
    write(".github/workflows/ci.yml", "jobs: {a: {container: maven, steps: [{uses: a/b@main}]}}\n");
    write("Dockerfile", "FROM maven\n");
    write(".pre-commit-config.yaml", "repos: [{repo: x, rev: main}]\n");
    write(".nvmrc", "node\n");
    assertThat(scan()).hasSize(5);
    assertThat(scan(Map.of("tollgate.pins.scan", "maven"))).isEmpty();
    assertThat(scan(Map.of("tollgate.pins.scan", "precommit,tools")))
        .containsExactly(
            ".nvmrc:1:1 unpinned-tool error", ".pre-commit-config.yaml:1:24 unpinned-hook error");
  }
}
