#!/usr/bin/env bash
# Tollgate benchmarks: one command runs one benchmark (or all) and prints medians, with the peer
# tools measured in the same run.
#
#   it/bench/run.sh                 # list the benchmarks
#   it/bench/run.sh setup           # install the peer tools (commitlint, pre-commit, ...)
#   it/bench/run.sh NAME [NAME...]  # run benchmarks, e.g. it/bench/run.sh commits
#   it/bench/run.sh all
#
# Data comes from the generators in ../shared/bench (override with TOLLGATE_SHARED); work files
# go to $W (default /tmp/bench-work). RUNS sets the repetitions per measurement (default 5).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export TOLLGATE_ROOT=$root
export TOLLGATE_SHARED=${TOLLGATE_SHARED:-$(cd "$root/.." && pwd)/shared}
export W=${W:-/tmp/bench-work}
export RUNS=${RUNS:-5}

list() {
  echo "benchmarks:"
  for f in "$here"/bench-*.sh; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .sh); name=${name#bench-}
    printf '  %-12s %s\n' "$name" "$(sed -n 's/^# about: //p' "$f")"
  done
}

[ $# -gt 0 ] || { list; exit 0; }
[ -d "$TOLLGATE_SHARED/bench" ] || { echo "run.sh: no generators in $TOLLGATE_SHARED/bench; set TOLLGATE_SHARED" >&2; exit 2; }

if [ "$1" = setup ]; then
  exec sh "$TOLLGATE_SHARED/bench/setup-peers.sh"
fi
names=("$@")
if [ "$1" = all ]; then
  names=()
  for f in "$here"/bench-*.sh; do n=$(basename "$f" .sh); names+=("${n#bench-}"); done
fi
mkdir -p "$W"
for name in "${names[@]}"; do
  script="$here/bench-$name.sh"
  [ -f "$script" ] || { echo "run.sh: no benchmark '$name'" >&2; list >&2; exit 2; }
  echo "=== $name ==="
  bash "$script"
done
