# about: release:next on the 100k history (in-process, whole process vs conventional-recommended-bump and commit-and-tag-version --dry-run) and at 10k vs git-changelog-maven-plugin semantic-version
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ensure_installed
v=$(tollgate_version)
B="$W/release-next"
NODE_BIN="$W/node/node_modules/.bin"
[ -x "$NODE_BIN/conventional-recommended-bump" ] && [ -x "$NODE_BIN/commit-and-tag-version" ] \
  || { echo "bench-release-next: peer tools missing; run it/bench/run.sh setup" >&2; exit 2; }

# histories from the shared deterministic generator (truth.tsv beside each repo)
history() {
  local d="$B/h$1"
  if [ ! -f "$d/truth.tsv" ] || [ ! -d "$d/repo/.git" ]; then
    mkdir -p "$d"
    sh "$TOLLGATE_SHARED/bench/gen-history.sh" "$1" "$d/repo" >/dev/null
  fi
  echo "$d"
}
truth_next() { awk -F'\t' '$1 == "next" { sub(/^v/, "", $3); print $3 }' "$1/truth.tsv"; }
# conventional-recommended-bump prints a level; apply it to the truth's last tag
apply_level() {
  awk -v v="${1#v}" -v l="$2" 'BEGIN { split(v, a, ".");
    if (l == "major") print a[1] + 1 ".0.0"; else if (l == "minor") print a[1] "." a[2] + 1 ".0";
    else print a[1] "." a[2] "." a[3] + 1 }'
}
last_tag() { awk -F'\t' '$1 == "tag" { t = $3 } END { print t }' "$1/truth.tsv"; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

# The truth counts every commit as at least a patch (release-please / lerna behaviour).
NEXT=("${MVN[@]}" -q "dev.tollgate:release-maven-plugin:$v:next" -Dtollgate.release.minimumBump=patch)

h100=$(history 100000)
h10=$(history 10000)
echo "100k history: $h100/repo (truth next: $(truth_next "$h100"))"

# 1. in-process: NextVersion.compute after JIT warm-up, and the goal's own timing in one Maven run
(cd "$TOLLGATE_ROOT" && "${MVN[@]}" -q -pl core test-compile -Dspotless.check.skip=true)
(cd "$TOLLGATE_ROOT" && "${MVN[@]}" -q -pl core org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
  -Dexec.mainClass=dev.tollgate.core.versioning.NextVersionTiming -Dexec.classpathScope=test \
  -Dexec.args="$h100/repo $((RUNS * 4)) patch" 2>/dev/null)
cd "$h100/repo"
for i in 1 2 3; do
  "${MVN[@]}" "dev.tollgate:release-maven-plugin:$v:next" -Dtollgate.release.minimumBump=patch \
    | sed -n 's/.*\(Computed in .*\)/release:next in one Maven run (cold JVM): \1/p'
done

# 2. whole process on the 100k history, peers in the same run
median_seconds "mvn -q release:next (100k)" "${NEXT[@]}"
ours100=$MEDIAN_S
ours100c=$MEDIAN_CPU
ours_v=$(cat target/tollgate/next-version.txt)
median_seconds "conventional-recommended-bump -p conventionalcommits (100k)" \
  "$NODE_BIN/conventional-recommended-bump" -p conventionalcommits
crb=$MEDIAN_S
crbc=$MEDIAN_CPU
crb_v=$(apply_level "$(last_tag "$h100")" "$("$NODE_BIN/conventional-recommended-bump" -p conventionalcommits)")
median_seconds "commit-and-tag-version --dry-run (100k)" "$NODE_BIN/commit-and-tag-version" --dry-run
catv=$MEDIAN_S
catvc=$MEDIAN_CPU
catv_v=$("$NODE_BIN/commit-and-tag-version" --dry-run 2>/dev/null | sed -n 's/^##* \[\([0-9.]*\)\].*/\1/p' | head -n 1)
echo "100k: conventional-recommended-bump / release:next = $(ratio "$crb" "$ours100");" \
  "commit-and-tag-version / release:next = $(ratio "$catv" "$ours100") (wall);" \
  "CPU: $(ratio "$crbc" "$ours100c") and $(ratio "$catvc" "$ours100c")"
echo "100k verdicts: truth $(truth_next "$h100") | release:next $ours_v |" \
  "conventional-recommended-bump $crb_v | commit-and-tag-version $catv_v"

# 3. 10k: git-changelog-maven-plugin semantic-version rewrites the pom, so it runs on a clone
cd "$h10/repo"
median_seconds "mvn -q release:next (10k)" "${NEXT[@]}"
ours10=$MEDIAN_S
ours10c=$MEDIAN_CPU
ours10_v=$(cat target/tollgate/next-version.txt)
G="$B/gcmp10k"
[ -d "$G/.git" ] || git clone -q "$h10/repo" "$G"
POM="$TOLLGATE_ROOT/it/bench/history-pom.xml"
# restores the pom it rewrites, then runs it (a command line, so /usr/bin/time can run it too)
GCMP=(bash -c 'cp "$0" "$1/pom.xml" && cd "$1" && shift && "$@"' "$POM" "$G" "${MVN[@]}" -q
  se.bjurr.gitchangelog:git-changelog-maven-plugin:2.2.11:semantic-version)
median_seconds "git-changelog-maven-plugin 2.2.11 semantic-version (10k)" "${GCMP[@]}"
g=$MEDIAN_S
gc=$MEDIAN_CPU
gcmp_v=$(cp "$POM" "$G/pom.xml" && cd "$G" && "${MVN[@]}" se.bjurr.gitchangelog:git-changelog-maven-plugin:2.2.11:semantic-version | sed -n 's/.*Setting version to \([0-9.]*\)-SNAPSHOT.*/\1/p')
echo "10k: git-changelog-maven-plugin / release:next = $(ratio "$g" "$ours10") (wall), $(ratio "$gc" "$ours10c") (CPU)"
echo "10k verdicts: truth $(truth_next "$h10") | release:next $ours10_v | git-changelog-maven-plugin $gcmp_v"
