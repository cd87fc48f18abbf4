# about: commit-msg / pre-commit hooks: fast installed hook vs the Maven-started goal vs commitlint --edit
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ensure_installed
v=$(tollgate_version)
plugin="dev.tollgate:quality-maven-plugin:$v"
d="$W/hooks"
rm -rf "$d"; mkdir -p "$d"
cat > "$d/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>hooks</artifactId><version>1</version><packaging>pom</packaging></project>
POM
cd "$d"
git init -q -b feature/bench
git -c user.name=bench -c user.email=bench@tollgate.invalid commit -q --allow-empty -m "chore: start"
# a normal message as git leaves it for commit-msg: header, body, footer, git's comment block
cat > msg.txt <<'MSG'
feat(core): add the widget cache to the request pipeline

The cache keeps the last 128 widgets per tenant, so repeated requests
no longer hit the database.

Refs: #123
# Please enter the commit message for your changes. Lines starting
# with '#' will be ignored, and an empty message aborts the commit.
MSG
"${MVN[@]}" -q "$plugin:install-hooks" -Dtollgate.hooks.auto=false >/dev/null
[ -x .git/hooks/commit-msg ] || { echo "install-hooks did not install the hooks" >&2; exit 1; }
sh .git/hooks/commit-msg msg.txt || { echo "the fast hook rejects the benchmark message" >&2; exit 1; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
median_seconds "commit-msg hook (installed, java -cp)" sh .git/hooks/commit-msg msg.txt
fast=$MEDIAN_S
fastcpu=$MEDIAN_CPU
median_seconds "pre-commit hook (installed, java -cp)" sh .git/hooks/pre-commit
fastpc=$MEDIAN_S

# the Maven-started variant of the same checks
if "${MVN[@]}" -q -N "$plugin:commit-msg" "-Dtollgate.commitMsgFile=$d/msg.txt" >/dev/null 2>&1; then
  median_seconds "mvn -q quality:commit-msg (Maven-started)" "${MVN[@]}" -q -N "$plugin:commit-msg" "-Dtollgate.commitMsgFile=$d/msg.txt"
  echo "fast hook / Maven-started = $(ratio "$fast" "$MEDIAN_S")"
fi
median_seconds "mvn -q quality:branch (Maven-started pre-commit)" "${MVN[@]}" -q -N "$plugin:branch"
echo "fast pre-commit / Maven-started = $(ratio "$fastpc" "$MEDIAN_S")"

peers="$W/node/node_modules/.bin"
if [ -x "$peers/commitlint" ]; then
  cp "$W/node/commitlint.config.mjs" "$d/"
  median_seconds "commitlint --edit (config-conventional)" "$peers/commitlint" --edit msg.txt
  echo "fast hook / commitlint = $(ratio "$fast" "$MEDIAN_S")"
  echo "fast hook / commitlint (CPU) = $(ratio "$fastcpu" "$MEDIAN_CPU")"
else
  echo "commitlint not installed: run it/bench/run.sh setup"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
