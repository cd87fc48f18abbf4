# about: release:prepare on the 200-module reactor vs versions-maven-plugin 2.23 versions:set
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ensure_installed
v=$(tollgate_version)
d="$W/release-prepare"
rm -rf "$d"
sh "$TOLLGATE_SHARED/bench/gen-reactor.sh" 200 "$d/reactor" >/dev/null
R="$d/reactor"
git -C "$R" config user.name bench; git -C "$R" config user.email bench@tollgate.invalid
base=$(git -C "$R" rev-parse HEAD)

# Each measured command starts from the generated reactor: the reset is part of both timings.
reset_reactor() {
  git -C "$R" reset -q --hard "$base"
  git -C "$R" tag -d v1.0.0 >/dev/null 2>&1 || true
  rm -rf "$R/.git/tollgate"
}
prepare() {
  reset_reactor
  (cd "$R" && "${MVN[@]}" -q "dev.tollgate:release-maven-plugin:$v:prepare" \
    -Dtollgate.release.version=1.0.0 \
    -Dtollgate.release.allowSnapshots=org.codehaus.mojo:license-maven-plugin)
}
versions_set() {
  reset_reactor
  (cd "$R" && "${MVN[@]}" -q org.codehaus.mojo:versions-maven-plugin:2.23.0:set \
    -DnewVersion=1.0.0 -DgenerateBackupPoms=false)
}

# correctness first: both must change exactly the 251 expected lines and reformat nothing
prepare
git -C "$R" reset -q HEAD~1   # un-commit the release so check-bump sees the edit as a diff
echo "release:prepare  $(sh "$TOLLGATE_SHARED/bench/check-bump.sh" "$R" 1.0.0 | tail -n 1)"
test "$(git -C "$R" log -1 --format=%s)" = "chore: initial reactor"
versions_set
echo "versions:set     $(sh "$TOLLGATE_SHARED/bench/check-bump.sh" "$R" 1.0.0 | tail -n 1)"

median_seconds "versions:set 2.23.0 (200 modules)" versions_set
peer=$MEDIAN_S
median_seconds "release:prepare: check, edit, commit, tag (200 modules)" prepare
echo "release:prepare / versions:set = $(ratio "$MEDIAN_S" "$peer") (target <= 0.33)"
median_seconds "mvn -q validate (200 modules, start-up floor)" bash -c "cd '$R' && git reset -q --hard '$base' && \"\$@\" -q validate" _ "${MVN[@]}"
