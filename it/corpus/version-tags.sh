#!/bin/sh
# Real-world check of the one version model (issue 10): parses every tag of a fetched repository
# with Tollgate's SemanticVersion and compares the order of the final releases with
# `git tag --sort=v:refname`. Prints one markdown table row:
#   | repository | tags | parsed | final releases | order | not SemVer (first 5) |
# Usage: it/corpus/version-tags.sh MIRROR_GIT_DIR [NAME]   (after ./mvnw -B -pl core compile)
set -eu
mirror=$1
name=${2:-$(basename "$mirror")}
here=$(cd "$(dirname "$0")" && pwd)
classes=$here/../../core/target/classes
[ -d "$classes" ] || { echo "build core first: ./mvnw -B -pl core compile" >&2; exit 2; }
git --git-dir="$mirror" tag -l --sort=v:refname |
  java -cp "$classes" "$here/VersionTagOrder.java" "$name@$(git --git-dir="$mirror" rev-parse --short HEAD)"
