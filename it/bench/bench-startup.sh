# about: Maven start-up floor: mvn -q validate on an empty project vs quality:help
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ensure_installed
v=$(tollgate_version)
d="$W/startup"; mkdir -p "$d"
cat > "$d/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>startup</artifactId><version>1</version><packaging>pom</packaging></project>
POM
cd "$d"
median_seconds "mvn -q validate (empty project)" "${MVN[@]}" -q validate
base=$MEDIAN_S
median_seconds "mvn -q quality:help" "${MVN[@]}" -q "dev.tollgate:quality-maven-plugin:$v:help"
echo "quality:help / validate = $(ratio "$MEDIAN_S" "$base")"
