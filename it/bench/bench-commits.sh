# about: commit messages: in-process vs git log, mvn quality:commits vs commitlint, verdicts, RSS
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ensure_installed
v=$(tollgate_version)
CL_DIR="$W/node"
CL="$CL_DIR/node_modules/.bin/commitlint"
[ -x "$CL" ] || { echo "bench-commits: commitlint is missing; run it/bench/run.sh setup" >&2; exit 2; }

# The in-process harness (core's test sources) and its class path.
(cd "$TOLLGATE_ROOT" && "${MVN[@]}" -q -pl core test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dspotless.check.skip=true >/dev/null)
CP="$TOLLGATE_ROOT/core/target/classes:$TOLLGATE_ROOT/core/target/test-classes:$(cat "$TOLLGATE_ROOT/core/target/bench.classpath")"

for n in ${SIZES:-10000 100000}; do
  d="$W/commits/h$n"
  repo="$d/repo"
  if [ ! -f "$d/truth.tsv" ] || [ "$(git -C "$repo" rev-list --count HEAD 2>/dev/null)" != "$n" ]; then
    sh "$TOLLGATE_SHARED/bench/gen-history.sh" "$n" "$repo" >/dev/null
  fi
  # the same range for both tools: everything after the root commit
  root=$(git -C "$repo" rev-list --max-parents=0 HEAD)
  cat > "$repo/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>history</artifactId><version>1</version><packaging>pom</packaging></project>
POM
  cd "$repo"
  echo "--- $n commits (range $root..HEAD) ---"

  median_seconds "git log --format=%B" git log --format=%B
  gitlog=$MEDIAN_S
  gitlog_cpu=$MEDIAN_CPU
  inproc=$(java -Xss4m -cp "$CP" dev.tollgate.core.commits.CommitsBench "$repo" "$RUNS" 2>/dev/null | tail -n 1)
  echo "in-process (CommitsBench, whole history, $RUNS runs in one JVM): $inproc"
  warm=$(echo "$inproc" | sed -n 's/.* median=\([0-9.]*\)s.*/\1/p')
  cpu=$(echo "$inproc" | sed -n 's/.* cpuMedian=\([0-9.]*\)s.*/\1/p')
  echo "in-process / git log: wall $(ratio "$warm" "$gitlog"), cpu $(ratio "$cpu" "$gitlog_cpu")"

  goal=("${MVN[@]}" -q "dev.tollgate:quality-maven-plugin:$v:commits" "-Dtollgate.commits.from=$root"
        -Dtollgate.failOnViolation=false)
  # Maven's floor: the same command with the goal skipped (start-up, plugin resolution, no walk)
  median_seconds "mvn -q quality:commits -Dtollgate.commits.skip=true (floor)" "${goal[@]}" \
    -Dtollgate.commits.skip=true
  floor=$MEDIAN_S
  median_seconds "mvn -q quality:commits" "${goal[@]}"
  ours=$MEDIAN_S
  ours_cpu=$MEDIAN_CPU
  ours_rss=$MEDIAN_RSS_MB
  lint=("$CL" --config "$CL_DIR/commitlint.config.mjs" --from "$root" --to HEAD)
  median_seconds "commitlint --from root --to HEAD" "${lint[@]}"
  echo "commitlint / 6 = $(awk -v c="$MEDIAN_S" 'BEGIN { printf "%.2f", c / 6 }') s; Maven floor $floor s"
  echo "commitlint / quality:commits: wall $(ratio "$MEDIAN_S" "$ours"), cpu $(ratio "$MEDIAN_CPU" "$ours_cpu");" \
    "peak RSS $ours_rss MB vs $MEDIAN_RSS_MB MB; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

  # Verdicts: which commits each tool rejects (errors only), against the planted malformed set.
  "${goal[@]}" >/dev/null 2>&1 || true
  "${lint[@]}" > "$d/commitlint.out" 2>&1 || true
  git log --format='%H%x00%B%x00' > "$d/messages.bin"
  python3 - "$d/truth.tsv" "$repo/target/tollgate/commits.json" "$d/commitlint.out" "$d/messages.bin" <<'PY'
import collections, json, re, sys
truth_path, ours_path, peer_path, messages_path = sys.argv[1:]
truth = collections.Counter(l.split('\t', 2)[2].rstrip('\n') for l in open(truth_path, encoding='utf-8')
                            if l.startswith('malformed\t'))
raw = open(messages_path, encoding='utf-8').read().split('\0')
header = {raw[i].strip(): raw[i + 1].lstrip('\n').split('\n', 1)[0] for i in range(0, len(raw) - 1, 2)}
report = json.load(open(ours_path, encoding='utf-8'))
bad = {f['location']['commit'] for f in report['findings'] if f['severity'] == 'error'}
ours = collections.Counter(header[c] for c in bad)
peer, current, failing = collections.Counter(), None, False
for line in open(peer_path, encoding='utf-8'):
    m = re.match(r'^⧗\s+input: (.*)$', line.rstrip('\n'))
    if m:
        if current is not None and failing:
            peer[current] += 1
        current, failing = m.group(1), False
    elif re.match(r'^✖\s+.*\[[a-z-]+\]$', line.rstrip('\n')):
        failing = True
if current is not None and failing:
    peer[current] += 1
def diff(a, b):
    return sum((a - b).values()) + sum((b - a).values())
print(f"verdicts: planted malformed {sum(truth.values())}, quality:commits rejects {sum(ours.values())},"
      f" commitlint rejects {sum(peer.values())}; differences: ours vs planted {diff(ours, truth)},"
      f" ours vs commitlint {diff(ours, peer)}")
for h, k in list(((ours - peer) + (peer - ours)).items())[:5]:
    print(f"  differs: {h!r} x{k}")
PY
done
