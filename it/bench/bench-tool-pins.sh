# about: what quality:pins' scanners beyond Maven add on a repository with 50 workflow files
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ensure_installed
v=$(tollgate_version)
N=${TOOL_PINS_WORKFLOWS:-50}
d="$W/tool-pins"
rm -rf "$d" && mkdir -p "$d/.github/workflows" "$d/.mvn/wrapper"
cp "$TOLLGATE_ROOT/.mvn/wrapper/maven-wrapper.properties" "$d/.mvn/wrapper/"
cat >"$d/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>tool-pins</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <build>
    <pluginManagement>
      <plugins>
        <plugin><artifactId>maven-clean-plugin</artifactId><version>3.5.0</version></plugin>
        <plugin><artifactId>maven-install-plugin</artifactId><version>3.1.4</version></plugin>
        <plugin><artifactId>maven-deploy-plugin</artifactId><version>3.1.4</version></plugin>
        <plugin><artifactId>maven-site-plugin</artifactId><version>3.21.0</version></plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
POM
# 50 realistic, pinned workflows (two jobs, a matrix, a job container and a service each), one
# Dockerfile and one pre-commit configuration: the case where every file has to be read and nothing
# is reported.
sha=3d3c42e5aac5ba805825da76410c181273ba90b1
for i in $(seq 1 "$N"); do
  cat >"$d/.github/workflows/wf-$i.yml" <<WF
name: workflow $i
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  build:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
        java: ['17', '21']
    steps:
      - uses: actions/checkout@$sha # v7.0.1
        with:
          fetch-depth: 0
      - uses: actions/setup-java@$sha # v5.7.0
        with:
          distribution: temurin
          java-version: \${{ matrix.java }}
          cache: maven
      - name: Build
        run: ./mvnw -B verify -Dstep=$i
      - uses: actions/upload-artifact@$sha # v4.6.2
        if: always()
        with:
          name: reports-\${{ matrix.os }}-\${{ matrix.java }}
          path: target/tollgate
  sarif:
    needs: build
    runs-on: ubuntu-latest
    permissions:
      security-events: write
    container: eclipse-temurin:21.0.5_11-jdk
    services:
      db:
        image: postgres:16.4
    steps:
      - uses: actions/checkout@$sha # v7.0.1
      - run: ./mvnw -B validate
      - uses: github/codeql-action/upload-sarif@$sha # v4.36.2
        with:
          sarif_file: target/tollgate
WF
done
printf 'ARG JDK=21.0.5_11\nFROM eclipse-temurin:${JDK}-jdk AS build\nFROM build AS test\n' >"$d/Dockerfile"
printf 'repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v5.0.0\n    hooks:\n      - id: trailing-whitespace\n' >"$d/.pre-commit-config.yaml"
cd "$d"
PINS=("dev.tollgate:quality-maven-plugin:$v:pins" -Dtollgate.pins.allowSnapshots=dev.tollgate:*)
median_seconds "quality:pins -Dtollgate.pins.scan=maven ($N workflows ignored)" \
  "${MVN[@]}" -q "${PINS[@]}" -Dtollgate.pins.scan=maven
maven_only=$MEDIAN_S
median_seconds "quality:pins (all scans, $N workflows)" "${MVN[@]}" -q "${PINS[@]}"
all=$MEDIAN_S
echo "wall time added by the scanners: $(awk -v a="$all" -v b="$maven_only" 'BEGIN { printf "%.3f", a - b }')s"
# the scanners' own time, measured inside the goal (the difference above is within Maven's noise)
ms=()
for ((i = 0; i < RUNS; i++)); do
  ms+=("$("${MVN[@]}" "${PINS[@]}" 2>&1 | sed -n 's/.*; \([0-9]*\) tool files in \([0-9]*\) ms.*/\2/p')")
done
echo "scanner time inside quality:pins ($(find . -path ./target -prune -o -type f -print | wc -l) files): median $(median "${ms[@]}") ms (runs: ${ms[*]})"
