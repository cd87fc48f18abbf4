#!/bin/bash
# Real-world check of commit-message verdicts (issue 14): lints every commit reachable from HEAD of a
# fetched repository with commitlint 20 (@commitlint/config-conventional, via the shared
# commitlint-batch.mjs) and with `mvn quality:commits` over the same history, then compares the
# verdicts commit by commit. Prints one markdown table row, then every disagreement grouped by class:
#   | repository | commit | commits | commitlint rejects | Tollgate rejects | disagree | agreement |
# Usage: it/corpus/commitlint-parity.sh MIRROR_GIT_DIR [NAME] [extra -D flags for quality:commits]
# Needs: node + npm (commitlint is installed once under $WORK/commitlint), the plugins installed in
# target/bench-repo (it/bench/run.sh does it; REINSTALL=1 rebuilds), python3.
# Environment: WORK (default /tmp/tollgate-corpus), COMMITLINT_BATCH (path of commitlint-batch.mjs).
set -euo pipefail
mirror=$1
name=${2:-$(basename "$(dirname "$mirror")")}
shift $(( $# >= 2 ? 2 : 1 ))
here=$(cd "$(dirname "$0")" && pwd)
TOLLGATE_ROOT=$(cd "$here/../.." && pwd)
WORK=${WORK:-/tmp/tollgate-corpus}
BATCH=${COMMITLINT_BATCH:?set COMMITLINT_BATCH to the path of commitlint-batch.mjs}
mkdir -p "$WORK"

cl="$WORK/commitlint"
if [ ! -d "$cl/node_modules/@commitlint/lint" ]; then
  mkdir -p "$cl"
  (cd "$cl" && npm init -y >/dev/null &&
    npm i -s @commitlint/cli@20.5.3 @commitlint/config-conventional@20.5.3 >/dev/null)
  echo "export default { extends: ['@commitlint/config-conventional'] };" > "$cl/commitlint.config.mjs"
fi
cp "$BATCH" "$cl/commitlint-batch.mjs"

repo="$WORK/$name"
[ -d "$repo" ] || git clone -q --no-checkout "$mirror" "$repo"
head=$(git -C "$repo" rev-parse HEAD)
(cd "$cl" && node commitlint-batch.mjs "$repo" > "$WORK/$name.commitlint.tsv")

cat > "$repo/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>corpus</groupId><artifactId>history</artifactId><version>1</version><packaging>pom</packaging></project>
POM
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$TOLLGATE_ROOT/pom.xml" | head -n 1)
(cd "$repo" && "$TOLLGATE_ROOT/mvnw" -B -q -o "-Dmaven.repo.local=$TOLLGATE_ROOT/target/bench-repo" \
  "-Dmaven.repo.local.tail=$HOME/.m2/repository" "dev.tollgate:quality-maven-plugin:$version:commits" \
  -Dtollgate.commits.to=HEAD -Dtollgate.commits.maxCommits=0 -Dtollgate.failOnViolation=false \
  -Dtollgate.tagFormat='no-tags-@{version}' "$@" > "$WORK/$name.mvn.log" 2>&1) ||
  { cat "$WORK/$name.mvn.log" >&2; exit 1; }

python3 - "$WORK/$name.commitlint.tsv" "$repo/target/tollgate/commits.json" "$repo" "$name" "$head" <<'PY'
import collections, json, subprocess, sys
peer_path, ours_path, repo, name, head = sys.argv[1:]
peer = {}
for line in open(peer_path, encoding='utf-8'):
    sha, valid, errors, _ = line.rstrip('\n').split('\t')
    peer[sha] = (valid == '1', errors)
ours = collections.defaultdict(set)
for f in json.load(open(ours_path, encoding='utf-8'))['findings']:
    if f['severity'] == 'error':
        ours[f['location']['commit']].add(f['ruleId'])
def ours_rules(sha):
    for k, v in ours.items():
        if sha.startswith(k) or k.startswith(sha):
            return v
    return set()
full = {}
for k in ours:
    matches = [s for s in peer if s.startswith(k)]
    full[matches[0] if matches else k] = ours[k]
cl_bad = sum(1 for v in peer.values() if not v[0])
diff = [s for s in peer if peer[s][0] == (s in full)]
pct = 100.0 * (len(peer) - len(diff)) / len(peer)
print(f"| {name} | {head[:10]} | {len(peer)} | {cl_bad} | {len(full)} | {len(diff)} | {pct:.2f} % |")
classes = collections.defaultdict(list)
for s in diff:
    parents = subprocess.run(['git', '-C', repo, 'log', '-1', '--format=%p', s],
                             capture_output=True, text=True).stdout.split()
    subject = subprocess.run(['git', '-C', repo, 'log', '-1', '--format=%s', s],
                             capture_output=True, text=True).stdout.strip()
    key = ('commitlint rejects (' + peer[s][1] + ')' if not peer[s][0] else
           'Tollgate rejects (' + ','.join(sorted(full.get(s, []))) + ')') + f', {len(parents)} parent(s)'
    classes[key].append(f'{s[:10]} {subject[:90]}')
for key, items in sorted(classes.items(), key=lambda kv: -len(kv[1])):
    print(f'  {len(items)} x {key}')
    for item in items[:5]:
        print(f'      {item}')
PY
