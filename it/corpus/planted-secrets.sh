#!/bin/sh
# The planted secrets set (core/src/test/resources/secrets/planted.tsv) side by side: Tollgate's
# secrets check, secretlint 12 (preset-recommend) and detect-secrets, file by file. Prints a
# markdown table (kind, expected, each tool's verdict) and the totals (recall, false positives).
# Usage: it/corpus/planted-secrets.sh WORKDIR SECRETLINT_DIR DETECT_SECRETS_CHECKOUT
#   SECRETLINT_DIR: where `npm i secretlint@12.0.0 @secretlint/secretlint-rule-preset-recommend@12.0.0` ran
#   DETECT_SECRETS_CHECKOUT: a clone of Yelp/detect-secrets (python3 with requests and yaml)
#   needs core built: ./mvnw -B -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
set -eu
work=$1; secretlint=$2; detect=$3
here=$(cd "$(dirname "$0")" && pwd); root=$here/../..
tree=$work/tree; rm -rf "$tree"; mkdir -p "$tree"
python3 - "$root/core/src/test/resources/secrets/planted.tsv" "$tree" <<'PY'
import base64, os, sys
for line in open(sys.argv[1], encoding='utf-8'):
    if not line.strip() or line.startswith('#'):
        continue
    expect, kind, path, enc, content, note = line.rstrip('\n').split('\t')
    text = base64.b64decode(content).decode('utf-8')
    data = b'\xff\xfe' + text.encode('utf-16-le') if enc == 'utf16le-bom' else text.encode('utf-8')
    target = os.path.join(sys.argv[2], path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    open(target, 'wb').write(data)
PY
(cd "$tree" && git init -q && git add -A && git -c user.name=t -c user.email=t@t.invalid commit -qm planted)
java -cp "$root/core/target/classes:$(cat "$root/core/target/cp.txt")" "$here/PlantedSecrets.java" "$tree" > "$work/tollgate.txt"
printf '{ "rules": [ { "id": "@secretlint/secretlint-rule-preset-recommend" } ] }\n' > "$work/secretlintrc.json"
(cd "$tree" && git ls-files -z | xargs -0 "$secretlint/node_modules/.bin/secretlint" \
  --secretlintrc "$work/secretlintrc.json" --format json --output "$work/secretlint.json" > /dev/null 2>&1 || true)
(cd "$tree" && PYTHONPATH="$detect" python3 -m detect_secrets scan --all-files . > "$work/detect-secrets.json")
python3 - "$root/core/src/test/resources/secrets/planted.tsv" "$work" "$tree" <<'PY'
import json, os, sys
planted, work, tree = sys.argv[1:4]
tollgate = set(open(os.path.join(work, 'tollgate.txt')).read().split())
sl = set()
for r in json.load(open(os.path.join(work, 'secretlint.json'))):
    if r.get('messages'):
        sl.add(os.path.relpath(r['filePath'], tree))
ds = set(json.load(open(os.path.join(work, 'detect-secrets.json')))['results'].keys())
rows = []
for line in open(planted, encoding='utf-8'):
    if not line.strip() or line.startswith('#'):
        continue
    expect, kind, path, enc, content, note = line.rstrip('\n').split('\t')
    rows.append((expect, kind, path, note, path in tollgate, path in sl, path in ds))
def cell(expect, hit):
    if expect == 'secret':
        return 'found' if hit else '**missed**'
    return '**FP**' if hit else 'clean'
print('| expected | kind | what | Tollgate | secretlint 12 | detect-secrets |')
print('|---|---|---|---|---|---|')
for expect, kind, path, note, t, s, d in rows:
    print(f'| {expect} | {kind} | {note} | {cell(expect, t)} | {cell(expect, s)} | {cell(expect, d)} |')
secrets = [r for r in rows if r[0] == 'secret']; clean = [r for r in rows if r[0] == 'clean']
for i, name in ((4, 'Tollgate'), (5, 'secretlint'), (6, 'detect-secrets')):
    print(f'{name}: recall {sum(1 for r in secrets if r[i])}/{len(secrets)}, false positives {sum(1 for r in clean if r[i])}/{len(clean)}')
PY
