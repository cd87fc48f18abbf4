# Shared helpers for it/bench/bench-*.sh (sourced, not run).

# median_seconds LABEL CMD... : runs CMD $RUNS times (after one warm-up), prints the median
# wall time in seconds and the median peak RSS in MB; sets MEDIAN_S and MEDIAN_RSS_MB.
median_seconds() {
  local label=$1; shift
  local times=() rss=() i start end kb
  "$@" >/dev/null 2>&1 || true
  for ((i = 0; i < RUNS; i++)); do
    start=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f '%M' -o "$W/.rss" "$@" >/dev/null 2>&1 || true
      kb=$(tail -n 1 "$W/.rss")
    else
      "$@" >/dev/null 2>&1 || true
      kb=0
    fi
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
    rss+=("$kb")
  done
  MEDIAN_S=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m/1000}')
  MEDIAN_RSS_MB=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.0f", m/1024}')
  printf '%-58s median %7ss  peak RSS %6s MB  (%d runs)\n' "$label" "$MEDIAN_S" "$MEDIAN_RSS_MB" "$RUNS"
}

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
