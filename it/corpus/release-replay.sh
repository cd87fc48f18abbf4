#!/bin/sh
# Replays every release pair of a fetched repository with release:next's engine and prints the
# agreement row and every miss (issue 16). Usage, after ./mvnw -B -pl core compile:
#   it/corpus/release-replay.sh MIRROR_GIT_DIR NAME PRESET TAG_FORMAT [BUMP_TYPES [MINIMUM_BUMP]]
# e.g. it/corpus/release-replay.sh /work/.mirror/commitizen-tools+commitizen/repo commitizen \
#        commitizen 'v${version}'
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
cp=$root/core/target/classes
[ -d "$cp" ] || { echo "build core first: ./mvnw -B -pl core compile" >&2; exit 2; }
deps=$(mktemp)
(cd "$root" && ./mvnw -B -q -o -pl core dependency:build-classpath -Dmdep.outputFile="$deps" >/dev/null)
java -cp "$cp:$(cat "$deps")" "$here/ReleaseReplay.java" "$@"
rm -f "$deps"
