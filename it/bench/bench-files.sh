# about: quality:files on gen-tree.sh's 20k files (208 MB) vs the rg floor, pre-commit and secretlint
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ensure_installed
v=$(tollgate_version)
d="$W/files"; tree="$d/tree"; truth="$d/truth.tsv"; score="$TOLLGATE_SHARED/bench/score.py"
mkdir -p "$d"
if [ ! -f "$truth" ] || [ ! -d "$tree/.git" ]; then
  sh "$TOLLGATE_SHARED/bench/gen-tree.sh" "$tree" > /dev/null
fi
# an untracked pom so that Maven has a project to run in (untracked files are never scanned)
cat > "$tree/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>tree</artifactId><version>1</version><packaging>pom</packaging></project>
POM
# the truth's large files are over 1 MB and its near-misses just under: use pre-commit's 1 MB limit
common=(-Dtollgate.files.scope=all -Dtollgate.files.maxSize=1MB -Dtollgate.failOnViolation=false)

echo "--- floor: one rg pass (conflict markers, trailing whitespace, PEM private key headers)"
cd "$tree"
median_seconds "rg floor" rg -c --no-messages -e '^(<<<<<<< |=======$|>>>>>>> )' -e '[ \t]+$' \
  -e '-----BEGIN [A-Z ]*PRIVATE KEY' .
floor=$MEDIAN_S

echo "--- Tollgate in-process (FilesBench: median of $RUNS scans after a warm-up, scope=all)"
(cd "$TOLLGATE_ROOT" && "${MVN[@]}" -q -pl core test-compile dependency:build-classpath \
  -Dmdep.outputFile="$d/cp.txt" -Dspotless.check.skip=true > /dev/null)
cp="$TOLLGATE_ROOT/core/target/classes:$TOLLGATE_ROOT/core/target/test-classes:$(cat "$d/cp.txt")"
bench() { java -cp "$cp" dev.tollgate.core.files.FilesBench "$tree" "$1" "$RUNS" 1MB ${2:+"$2"} 2>/dev/null | tail -n 1; }
echo "rg-equivalent checks (conflict-markers, secrets, whitespace, large-files): $(bench "$d/tollgate-core.tsv" conflict-markers,secrets,whitespace,large-files)"
echo "every check (adds syntax, names, exec-bits): $(bench "$d/tollgate-all.tsv")"
python3 "$score" "$truth" tsv "$d/tollgate-all.tsv" "$tree"

echo "--- whole Maven run: mvn -q quality:files (every check)"
median_seconds "mvn -q quality:files" "${MVN[@]}" -q "dev.tollgate:quality-maven-plugin:$v:files" "${common[@]}"
tollgate=$MEDIAN_S
"${MVN[@]}" -q "dev.tollgate:quality-maven-plugin:$v:files" "${common[@]}" \
  -Dtollgate.files.tsv="$d/tollgate-mvn.tsv" > /dev/null 2>&1 || true
python3 "$score" "$truth" tsv "$d/tollgate-mvn.tsv" "$tree"
echo "quality:files / rg floor = $(ratio "$tollgate" "$floor")"

echo "--- pre-commit with pre-commit-hooks' four hooks"
if python3 -c 'import pre_commit_hooks' 2> /dev/null; then
  median_seconds "pre-commit run --all-files (4 hooks)" pre-commit run --all-files -c "$W/precommit/config.yaml"
  pre-commit run --all-files -c "$W/precommit/config.yaml" > "$d/precommit.txt" 2>&1 || true
  git -C "$tree" checkout -q -- . # trailing-whitespace fixes files in place
  python3 "$score" "$truth" precommit "$d/precommit.txt" "$tree"
  echo "pre-commit / quality:files = $(ratio "$MEDIAN_S" "$tollgate")"
else
  echo "skipped: the pre-commit-hooks checkout (python module pre_commit_hooks) is not installed here"
fi

echo "--- secretlint 12 (profiler patched), AWS id rule on: one run"
sl="$W/node-slpatched/node_modules/.bin/secretlint"
if [ -x "$sl" ]; then
  RUNS=1 median_seconds "secretlint (patched)" "$sl" --secretlintrc "$W/node/.secretlintrc.ids.json" \
    --format json --output "$d/secretlint.json" "**/*"
  python3 "$score" "$truth" secretlint "$d/secretlint.json" "$tree" | head -n 2
  echo "secretlint / quality:files = $(ratio "$MEDIAN_S" "$tollgate")"
else
  echo "skipped: secretlint is not installed (it/bench/run.sh setup)"
fi
