#!/bin/sh
# Real-world check of quality:pins' scanners beyond Maven (issue 13): exports the HEAD tree of a
# fetched repository to a temporary directory and runs Tollgate's GitHub Actions, container image,
# pre-commit and runtime-version scanners over it, printing one markdown row per finding.
# Usage: it/corpus/tool-pins.sh MIRROR_GIT_DIR [key=value settings...]
#   (after ./mvnw -B -o -pl core compile; e.g. tollgate.pins.images=digest)
set -eu
mirror=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
classes=$here/../../core/target/classes
[ -d "$classes" ] || { echo "build core first: ./mvnw -B -o -pl core compile" >&2; exit 2; }
yaml=$(find "${HOME}/.m2/repository/org/snakeyaml/snakeyaml-engine" -name 'snakeyaml-engine-*.jar' | sort | tail -1)
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
git --git-dir="$mirror" archive HEAD | tar -x -C "$tree"
echo "# $(basename "$(dirname "$mirror")") @ $(git --git-dir="$mirror" rev-parse HEAD)"
java -cp "$classes:$yaml" "$here/ToolPinScan.java" "$tree" "$@"
