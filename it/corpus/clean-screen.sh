#!/bin/sh
# Real-world check of quality:commits' clean-message screen (issue 14, cut 3): every commit of a
# fetched repository's history that CleanMessageScreen settles from its bytes must be one the linter
# neither ignores nor rejects (conventional preset). Prints the repository, its commit, and one
# markdown row: | commits | settled | settled wrongly (must be 0) | passing but not settled |.
# Usage: it/corpus/clean-screen.sh MIRROR_GIT_DIR   (after ./mvnw -B -o -pl core compile)
set -eu
mirror=$1
here=$(cd "$(dirname "$0")" && pwd)
classes=$here/../../core/target/classes
[ -d "$classes" ] || { echo "build core first: ./mvnw -B -o -pl core compile" >&2; exit 2; }
re2j=$(find "${HOME}/.m2/repository/com/google/re2j/re2j" -name 're2j-*.jar' | sort | tail -1)
echo "# $(basename "$(dirname "$mirror")") @ $(git --git-dir="$mirror" rev-parse HEAD)"
git --git-dir="$mirror" log -z --format='%H %P%n%B' HEAD |
  java -cp "$classes:$re2j" "$here/CleanScreenCheck.java"
