#!/bin/sh
# The syntax check's TOML against pre-commit-hooks' check-toml (Python's tomllib) on toml-lang/toml-test
# (issue 15): every file listed in tests/files-toml-1.0.0 is read by both; prints the counts and
# every file where the verdicts differ, with toml-test's own expectation (valid/ or invalid/).
# Usage: it/corpus/toml-test-parity.sh MIRROR_GIT_DIR WORKDIR   (python3 >= 3.11 for tomllib)
set -eu
mirror=$1; work=$2
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
rm -rf "$work/toml-test" && mkdir -p "$work" && git clone -q "$mirror" "$work/toml-test"
commit=$(git -C "$work/toml-test" rev-parse --short HEAD)
(cd "$root" && ./mvnw -B -q -o -pl core test-compile dependency:build-classpath \
  -Dmdep.outputFile="$work/cp.txt" -Dspotless.check.skip=true > /dev/null)
cp="$root/core/target/classes:$root/core/target/test-classes:$(cat "$work/cp.txt")"
# the syntax check alone over the whole clone, scope=all (FilesBench writes kind, path, line)
java -cp "$cp" dev.tollgate.core.files.FilesBench "$work/toml-test" "$work/tollgate.tsv" 1 500KB syntax > /dev/null
python3 - "$work/toml-test" "$work/tollgate.tsv" "$commit" <<'PY'
import sys, tomllib, collections
tree, tsv, commit = sys.argv[1:4]
flagged = {line.split('\t')[1] for line in open(tsv, encoding='utf-8') if line.strip()}
files = [l.strip() for l in open(f'{tree}/tests/files-toml-1.0.0') if l.strip().endswith('.toml')]
counts = collections.Counter(); differ = []
for f in files:
    path = f'tests/{f}'
    data = open(f'{tree}/{path}', 'rb').read()
    try:
        tomllib.loads(data.decode()); py = 'valid'
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        py = 'invalid'
    tg = 'invalid' if path in flagged else 'valid'
    counts[(py, tg)] += 1
    if py != tg:
        differ.append((path, f.split('/')[0], py, tg))
print(f'toml-test @ {commit}: {len(files)} TOML 1.0 files')
print('| tomllib \\ Tollgate | valid | invalid |')
print('|---|---|---|')
for py in ('valid', 'invalid'):
    print(f'| {py} | {counts[(py, "valid")]} | {counts[(py, "invalid")]} |')
for path, expected, py, tg in differ:
    print(f'{path}\ttoml-test: {expected}\ttomllib: {py}\tTollgate: {tg}')
PY
