# about: quality:pins vs maven-enforcer requirePluginVersions on a 200-module reactor (+ recall)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ensure_installed
v=$(tollgate_version)
M=${PINS_MODULES:-200}
ENFORCER=org.apache.maven.plugins:maven-enforcer-plugin:3.6.1:enforce
d="$W/pins"
sh "$TOLLGATE_SHARED/bench/gen-reactor.sh" "$M" "$d/reactor" >/dev/null
truth="$d/truth.tsv"
cd "$d/reactor"

# Neither tool may stop the build at its first finding: both report and go on, so that each run
# covers the whole reactor.
PINS=("dev.tollgate:quality-maven-plugin:$v:pins" -Dtollgate.failOnViolation=false
  -Dtollgate.pins.missingWrapper=off)
median_seconds "mvn -q validate ($M modules)" "${MVN[@]}" -q validate
base=$MEDIAN_S
median_seconds "mvn -q validate + enforcer 3.6.1 requirePluginVersions" \
  "${MVN[@]}" -q validate "$ENFORCER" -Denforcer.rules=requirePluginVersions -Denforcer.fail=false
enf=$MEDIAN_S
median_seconds "mvn -q validate + quality:help (loading the plugin)" \
  "${MVN[@]}" -q validate "dev.tollgate:quality-maven-plugin:$v:help"
help=$MEDIAN_S
median_seconds "mvn -q validate + enforcer 3.6.1 help (loading the peer)" \
  "${MVN[@]}" -q validate "${ENFORCER%:enforce}:help"
enf_help=$MEDIAN_S
median_seconds "mvn -q validate + quality:pins" "${MVN[@]}" -q validate "${PINS[@]}"
pins=$MEDIAN_S
echo "pins over help (the plugin-loading floor): $(awk -v a="$pins" -v b="$help" 'BEGIN { printf "%+.3f", a - b }')s"
enf_added=$(awk -v a="$enf" -v b="$base" 'BEGIN { printf "%.3f", a - b }')
pins_added=$(awk -v a="$pins" -v b="$base" 'BEGIN { printf "%.3f", a - b }')
echo "added over validate: enforcer ${enf_added}s, pins ${pins_added}s;" \
  "enforcer/pins = $(ratio "$enf_added" "$pins_added")"
# The best ratio any goal of a plugin can reach is bounded by loading the plugin at all (help).
help_added=$(awk -v a="$help" -v b="$base" 'BEGIN { printf "%.3f", a - b }')
echo "loading floor over validate: quality:help ${help_added}s, enforcer help" \
  "$(awk -v a="$enf_help" -v b="$base" 'BEGIN { printf "%.3f", a - b }')s;" \
  "best reachable enforcer/pins = $(ratio "$enf_added" "$help_added")"

# Recall: every planted problem found in its file at its line. truth.tsv names the plugin's
# <artifactId> line; pins reports the <version> line when a version is written (the next line in
# this generator's output) and the <artifactId> line when there is none. The property-based
# version resolves to an exact version: reporting it would be a false positive.
"${MVN[@]}" -q validate "${PINS[@]}" >"$d/pins.log" 2>&1 || true
"${MVN[@]}" validate "$ENFORCER" -Denforcer.rules=requirePluginVersions -Denforcer.fail=false \
  >"$d/enforcer.log" 2>&1 || true
python3 - "$truth" target/tollgate/pins.json "$d/enforcer.log" <<'PY'
import json, re, sys
truth = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if not l.startswith("#")]
planted = [t for t in truth if t[0] in ("plugin-missing-version", "plugin-version-range", "plugin-snapshot")]
decoys = [t for t in truth if t[0] == "plugin-property-version"]
found = json.load(open(sys.argv[2]))["findings"]
def hit(t, f, span):
    loc = f["location"]
    return loc["file"] == t[1] and int(t[2]) <= loc["line"] <= int(t[2]) + span
ok = [t for t in planted if any(hit(t, f, 0 if t[0] == "plugin-missing-version" else 1) for f in found)]
fp = [t for t in decoys if any(hit(t, f, 1) for f in found)]
print(f"pins recall: {len(ok)}/{len(planted)} planted problems at their file and line; "
      f"{len(found)} findings; property decoy reported: {len(fp)}")
for t in planted:
    if t not in ok:
        print("  missed:", "\t".join(t))
log = open(sys.argv[3], encoding="utf-8", errors="replace").read()
names = {t[3].split(":")[1] for t in planted}
seen = {n for n in names if re.search(re.escape(n) + r"\b", log.split("requirePluginVersions", 1)[-1])}
print(f"enforcer names {len(seen)}/{len(names)} planted plugins (no file or line): "
      f"missing {sorted(names - seen)}")
PY
