#!/bin/sh
# quality:files on a real repository, side by side with pre-commit-hooks run with the same settings
# (issue 15). Clones the mirror twice under WORKDIR: one for Tollgate (`quality:files -Dtollgate.files.scope=all`,
# lineEndings=auto as pre-commit's mixed-line-ending, maxSize=500KB as check-added-large-files), one
# for pre-commit-hooks' modules on the text files `identify` tags (as pre-commit would pass them).
# Prints per check: files flagged by both, by Tollgate only, by pre-commit-hooks only; and every
# Tollgate secrets/syntax finding for judging.
# Usage: it/corpus/files-real-world.sh MIRROR_GIT_DIR WORKDIR PRE_COMMIT_HOOKS_CHECKOUT
#   needs the plugins in target/bench-repo (it/bench/lib.sh ensure_installed) and Debian's python3
#   with python3-identify and python3-ruamel.yaml.
set -eu
mirror=$1; work=$2; hooks=$3
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
name=$(basename "$(dirname "$mirror")")
rm -rf "$work/$name" && mkdir -p "$work/$name" && cd "$work/$name"
git clone -q --no-hardlinks -c core.autocrlf=false "$mirror" tollgate
git clone -q --no-hardlinks -c core.autocrlf=false "$mirror" precommit
commit=$(git -C tollgate rev-parse --short HEAD)
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -n 1)
cat > tollgate/.tollgate-corpus-pom.xml <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>corpus</groupId><artifactId>corpus</artifactId><version>1</version><packaging>pom</packaging></project>
POM
(cd tollgate && "$root/mvnw" -B -o -q -f .tollgate-corpus-pom.xml "-Dmaven.repo.local=$root/target/bench-repo" \
  "-Dmaven.repo.local.tail=$HOME/.m2/repository" "dev.tollgate:quality-maven-plugin:$version:files" \
  -Dtollgate.files.scope=all -Dtollgate.files.lineEndings=auto -Dtollgate.files.maxSize=500KB \
  -Dtollgate.failOnViolation=false -Dtollgate.files.tsv="$work/$name/tollgate.tsv" > "$work/$name/tollgate.log" 2>&1 || true)
cd precommit
/usr/bin/python3 - "$hooks" > "$work/$name/precommit.tsv" <<'PY'
import subprocess, sys
from identify.identify import tags_from_path
hooks = sys.argv[1]
files = subprocess.run(['git', 'ls-files', '-z'], capture_output=True).stdout.decode().split('\0')
files = [f for f in files if f]
tags = {}
for f in files:
    try:
        tags[f] = tags_from_path(f)
    except ValueError:
        tags[f] = set()
def run(module, select, args=()):
    chosen = [f for f in files if select(tags[f], f)]
    out = ''
    for i in range(0, len(chosen), 200):
        r = subprocess.run([sys.executable, '-m', 'pre_commit_hooks.' + module, *args, '--', *chosen[i:i + 200]],
                           capture_output=True, text=True, env={'PYTHONPATH': hooks})
        out += r.stdout + r.stderr
    # every hook sees the original content, as each would alone (the fixers rewrite files)
    subprocess.run(['git', 'checkout', '-q', '--', '.'])
    return out
text = lambda t, f: 'text' in t and 'symlink' not in t
res = {}
res['trailing-ws'] = run('trailing_whitespace_fixer', text, ['--markdown-linebreak-ext=md,markdown,mdx'])
res['eof'] = run('end_of_file_fixer', text)
res['mixed-eol'] = run('mixed_line_ending', text, ['--fix=no'])
res['json'] = run('check_json', lambda t, f: 'json' in t)
res['yaml'] = run('check_yaml', lambda t, f: 'yaml' in t, ['--allow-multiple-documents'])
res['xml'] = run('check_xml', lambda t, f: 'xml' in t)
res['toml'] = run('check_toml', lambda t, f: 'toml' in t)
res['private-key'] = run('detect_private_key', text)
res['conflict'] = run('check_merge_conflict', text, ['--assume-in-merge'])
res['large'] = run('check_added_large_files', lambda t, f: True, ['--maxkb=500', '--enforce-all'])
known = set(files)
for kind, out in res.items():
    seen = set()
    for line in out.splitlines():
        cands = []
        if line.startswith('Fixing '):
            cands.append(line[7:])
        if line.startswith('Private key found: '):
            cands.append(line[len('Private key found: '):])
        if ' KB) exceeds ' in line:
            cands.append(line.split(' (')[0])
        if 'in "' in line:
            cands.append(line.split('in "', 1)[1].split('"', 1)[0])
        cands.append(line.split(':', 1)[0])
        for c in cands:
            if c in known and c not in seen:
                seen.add(c)
                print(f'{kind}\t{c}')
PY
cd "$work/$name"
/usr/bin/python3 - "$name" "$commit" <<'PY'
import sys, collections
name, commit = sys.argv[1:3]
kind_map = {'trailing-ws': 'trailing-ws', 'eof': 'eof', 'mixed-eol': 'mixed-eol', 'syntax': 'syntax',
            'private-key': 'private-key', 'conflict': 'conflict', 'large': 'large'}
t = collections.defaultdict(set)
for line in open('tollgate.tsv'):
    kind, path, _ = line.rstrip('\n').split('\t')
    if kind == 'secret':
        t['secret'].add(path)
    t[kind].add(path)
p = collections.defaultdict(set)
for line in open('precommit.tsv'):
    kind, path = line.rstrip('\n').split('\t')
    if kind in ('json', 'yaml', 'xml', 'toml'):
        kind = 'syntax'
    p[kind].add(path)
print(f'## {name} @ {commit}')
print('| check | both | Tollgate only | pre-commit-hooks only |')
print('|---|---|---|---|')
for kind in ('trailing-ws', 'eof', 'mixed-eol', 'syntax', 'conflict', 'large'):
    tk = {'conflict': 'conflict', 'large': 'large-file'}.get(kind, kind)
    a, b = t.get(tk, set()), p.get(kind, set())
    print(f'| {kind} | {len(a & b)} | {len(a - b)} {sorted(a - b)[:5]} | {len(b - a)} {sorted(b - a)[:5]} |')
print(f'secrets (Tollgate): {sorted(t.get("secret", set()))}; private keys (pre-commit-hooks): {sorted(p.get("private-key", set()))}')
PY
grep -E '\[(secrets|syntax)\]' tollgate.log | sed 's/^\[[A-Z]*\] //' | cut -c1-220 || true
