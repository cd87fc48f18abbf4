# about: release:prepare on the 200-module reactor vs versions-maven-plugin 2.23 versions:set
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ensure_installed
v=$(tollgate_version)
d="$W/release-prepare"
rm -rf "$d"
sh "$TOLLGATE_SHARED/bench/gen-reactor.sh" 200 "$d/reactor" >/dev/null
R="$d/reactor"
git -C "$R" config user.name bench
git -C "$R" config user.email bench@tollgate.invalid
base=$(git -C "$R" rev-parse HEAD)

# Each measured command is a script that starts from the generated reactor (the reset is part of
# both timings, a few milliseconds).
printf -v mvn '%q ' "${MVN[@]}"
cat > "$d/reset.sh" <<SH
git -C '$R' reset -q --hard $base
git -C '$R' clean -q -f -d -x # the CHANGELOG.md a release created: left, it fails the next preflight
git -C '$R' tag -d v1.0.0 >/dev/null 2>&1 || true
rm -rf '$R/.git/tollgate' '$R/target'
SH
cat > "$d/prepare.sh" <<SH
. '$d/reset.sh'
cd '$R' && $mvn -q dev.tollgate:release-maven-plugin:$v:prepare -Dtollgate.release.version=1.0.0 \
  -Dtollgate.release.preparationGoals=none \
  -Dtollgate.release.allowSnapshots=org.codehaus.mojo:license-maven-plugin
SH
cat > "$d/versions-set.sh" <<SH
. '$d/reset.sh'
cd '$R' && $mvn -q org.codehaus.mojo:versions-maven-plugin:2.23.0:set -DnewVersion=1.0.0 \
  -DgenerateBackupPoms=false
SH
cat > "$d/validate.sh" <<SH
. '$d/reset.sh'
cd '$R' && $mvn -q validate
SH

# correctness first: both must change exactly the 251 expected lines and reformat nothing; every
# timed command must succeed (a failing run, e.g. a refused preflight, is not a measurement)
bash "$d/prepare.sh"
test "$(git -C "$R" log -1 --format=%s)" = "chore(release): v1.0.0"
git -C "$R" tag -l v1.0.0 | grep -q v1.0.0
git -C "$R" reset -q HEAD~1 # un-commit the release so check-bump sees the edit as a diff
echo "release:prepare  $(sh "$TOLLGATE_SHARED/bench/check-bump.sh" "$R" 1.0.0 | tail -n 1)"
bash "$d/versions-set.sh"
echo "versions:set     $(sh "$TOLLGATE_SHARED/bench/check-bump.sh" "$R" 1.0.0 | tail -n 1)"

bash "$d/prepare.sh" >/dev/null 2>&1 || { echo "release:prepare fails on a reset reactor" >&2; exit 1; }
bash "$d/versions-set.sh" >/dev/null 2>&1 || { echo "versions:set fails on a reset reactor" >&2; exit 1; }
median_seconds "versions:set 2.23.0 (200 modules)" bash "$d/versions-set.sh"
peer=$MEDIAN_S
median_seconds "release:prepare: check, edit, changelog, commit, tag" bash "$d/prepare.sh"
echo "release:prepare / versions:set = $(ratio "$MEDIAN_S" "$peer") (target <= 0.33)"
median_seconds "mvn -q validate (200 modules, start-up floor)" bash "$d/validate.sh"
