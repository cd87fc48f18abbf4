# Shared helpers for it/bench/bench-*.sh (sourced, not run).

# median_seconds LABEL CMD... : runs CMD $RUNS times (after one warm-up) and prints the medians of
# wall time, CPU time (user+sys, which stays meaningful on a loaded machine) and peak RSS; sets
# MEDIAN_S, MEDIAN_CPU (seconds) and MEDIAN_RSS_MB.
median_seconds() {
  local label=$1; shift
  local walls=() cpus=() rss=() i start end e u s m
  "$@" >/dev/null 2>&1 || true
  for ((i = 0; i < RUNS; i++)); do
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f '%e %U %S %M' -o "$W/.time" "$@" >/dev/null 2>&1 || true
      read -r e u s m < <(tail -n 1 "$W/.time")
      walls+=("$e"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')"); rss+=("$m")
    else
      start=$(date +%s%N)
      "$@" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      walls+=("$(awk -v n="$((end - start))" 'BEGIN { print n / 1e9 }')"); cpus+=(0); rss+=(0)
    fi
  done
  MEDIAN_S=$(printf '%.3f' "$(median "${walls[@]}")")
  MEDIAN_CPU=$(printf '%.3f' "$(median "${cpus[@]}")")
  MEDIAN_RSS_MB=$(awk -v k="$(median "${rss[@]}")" 'BEGIN { printf "%.0f", k / 1024 }')
  printf '%-58s median %7ss  cpu %7ss  peak RSS %6s MB  (%d runs)\n' \
    "$label" "$MEDIAN_S" "$MEDIAN_CPU" "$MEDIAN_RSS_MB" "$RUNS"
}

# median N... : the median of the numbers given.
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}'; }

# ratio A B : prints A/B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

# The plugins under test are installed into a local repository of this checkout, which falls back
# (read-only) to the user's: benchmarks never overwrite ~/.m2 with a work-in-progress build.
BENCH_REPO="$TOLLGATE_ROOT/target/bench-repo"
MVN=("$TOLLGATE_ROOT/mvnw" -B "-Dmaven.repo.local=$BENCH_REPO" "-Dmaven.repo.local.tail=${HOME}/.m2/repository")

# tollgate_version : the version the reactor builds.
tollgate_version() { sed -n 's:^  <version>\(.*\)</version>:\1:p' "$TOLLGATE_ROOT/pom.xml" | head -n 1; }

# ensure_installed : builds and installs the plugins into $BENCH_REPO (once; REINSTALL=1 forces).
ensure_installed() {
  if [ ! -d "$BENCH_REPO/dev/tollgate" ] || [ -n "${REINSTALL:-}" ]; then
    (cd "$TOLLGATE_ROOT" && "${MVN[@]}" -q install -DskipTests -Dtollgate.it.skip -Dspotless.check.skip=true)
  fi
}
