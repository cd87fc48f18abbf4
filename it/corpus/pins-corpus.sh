#!/bin/bash
# Real-world acceptance of quality:pins (issue 12): runs quality:pins and maven-enforcer 3.6.1's
# requirePluginVersions side by side on fixed commits of real multi-module Maven projects, and
# writes each tool's findings plus the effective POM (to judge them) under OUT.
#
# usage: it/corpus/pins-corpus.sh MIRROR_DIR [OUT_DIR] [MAVEN_HOME]
#   MIRROR_DIR  directory holding the fetched mirrors as <owner>+<name>/repo (git dirs)
#   OUT_DIR     where clones and outputs go (default /tmp/pins-corpus)
#   MAVEN_HOME  the Maven to run (default: mvn on the PATH); run once with 3.9 and once with 4
# Environment: TOLLGATE_VERSION (default 0.1.0-SNAPSHOT), REPO (a local repository separate from
# ~/.m2 into which the Tollgate build under test was installed; default OUT_DIR/repo), MVN_ARGS.
set -euo pipefail
mirror=${1:?usage: pins-corpus.sh MIRROR_DIR [OUT_DIR] [MAVEN_HOME]}
out=${2:-/tmp/pins-corpus}
mvn=${3:+$3/bin/}mvn
version=${TOLLGATE_VERSION:-0.1.0-SNAPSHOT}
repo=${REPO:-$out/repo}
mkdir -p "$out"

# repository, commit: an Apache Maven plugin project (org.apache.maven:maven-parent), a project
# with a corporate parent and BOMs (jackson), one with an extension packaging (bundle).
projects=(
  "apache+maven-enforcer 71aa6ddac1f9bafbd5f04b2c6d803fdc3a85477f"
  "FasterXML+jackson-modules-java8 jackson-modules-java8-2.18.3"
  "ops4j+org.ops4j.pax.swissbox b05aa81f1213ad8d09b2f59516f4625a56dffe34"
)
major=$("$mvn" -v 2>/dev/null | sed -n 's/^Apache Maven \([0-9]\).*/\1/p' | head -1)
for entry in "${projects[@]}"; do
  read -r name commit <<<"$entry"
  dir="$out/maven$major/$name"
  rm -rf "$dir" && mkdir -p "$(dirname "$dir")"
  git clone -q "$mirror/$name/repo" "$dir"
  git -C "$dir" checkout -q "$commit"
  echo "== $name $(git -C "$dir" rev-parse HEAD) (Maven $major)"
  (cd "$dir" && "$mvn" -B -Dmaven.repo.local="$repo" ${MVN_ARGS:-} \
      "dev.tollgate:quality-maven-plugin:$version:pins" -Dtollgate.failOnViolation=false \
      -Dtollgate.pins.missingWrapper=off > "$dir.pins.log" 2>&1) || echo "pins run failed: $dir.pins.log"
  cp "$dir/target/tollgate/pins.json" "$dir.pins.json" 2>/dev/null || true
  (cd "$dir" && "$mvn" -B -Dmaven.repo.local="$repo" ${MVN_ARGS:-} \
      org.apache.maven.plugins:maven-enforcer-plugin:3.6.1:enforce \
      -Denforcer.rules=requirePluginVersions -Denforcer.fail=false > "$dir.enforcer.log" 2>&1) \
      || echo "enforcer run failed: $dir.enforcer.log"
  (cd "$dir" && "$mvn" -B -Dmaven.repo.local="$repo" ${MVN_ARGS:-} \
      org.apache.maven.plugins:maven-help-plugin:3.5.1:effective-pom -Dverbose \
      -Doutput="$dir.effective-pom.xml" > "$dir.help.log" 2>&1) || echo "effective-pom failed: $dir.help.log"
  echo "tollgate: $(grep -cE '^\[(ERROR|WARNING)\] [^ ]+: \[' "$dir.pins.log" || true) findings;" \
       "enforcer: $(grep -c 'RequirePluginVersions passed' "$dir.enforcer.log" || true) modules passed," \
       "$(grep -cE 'RequirePluginVersions (failed|is missing)|Some plugins are missing' "$dir.enforcer.log" || true) failed"
done
