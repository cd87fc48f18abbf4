# about: project tasks: a pre-commit stage with two Maven tasks on 5 staged files of a 50-module reactor vs the two goals by hand with -pl; a stage whose globs match nothing
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ensure_installed
v=$(tollgate_version)
plugin="dev.tollgate:quality-maven-plugin:$v"
d="$W/tasks/reactor"
rm -rf "$W/tasks"; mkdir -p "$W/tasks"
sh "$TOLLGATE_SHARED/bench/gen-reactor.sh" 50 "$d" >/dev/null
cd "$d"
# the tools (pinned as in the ITs) and the tasks, in the parent pom
awk -v plugin_version="$v" '
  /<plugins>/ && !managed { print; managed = 1
    print "<plugin><groupId>com.diffplug.spotless</groupId><artifactId>spotless-maven-plugin</artifactId><version>2.46.1</version>"
    print "<configuration><formats><format><includes><include>src/**/*.java</include></includes><trimTrailingWhitespace/><endWithNewline/></format></formats></configuration></plugin>"
    print "<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-checkstyle-plugin</artifactId><version>3.6.0</version>"
    print "<configuration><configLocation>${project.basedir}/../checkstyle.xml</configLocation></configuration></plugin>"
    next }
  /<\/pluginManagement>/ { print
    print "<plugins><plugin><groupId>dev.tollgate</groupId><artifactId>quality-maven-plugin</artifactId><version>" plugin_version "</version>"
    print "<configuration><tasks>"
    print "<task><id>format</id><stage>pre-commit</stage><goals>spotless:check</goals><files>**/*.java</files></task>"
    print "<task><id>style</id><stage>pre-commit</stage><goals>checkstyle:check</goals><files>*/src/main/java/**/*.java</files></task>"
    print "</tasks></configuration></plugin></plugins>"
    next }
  { print }' pom.xml > pom.tmp && mv pom.tmp pom.xml
cat > checkstyle.xml <<'XML'
<?xml version="1.0"?>
<!DOCTYPE module PUBLIC "-//Checkstyle//DTD Checkstyle Configuration 1.3//EN"
    "https://checkstyle.org/dtds/configuration_1_3.dtd">
<module name="Checker">
  <module name="RegexpSingleline"><property name="format" value="System\.out"/></module>
  <module name="TreeWalker"><module name="ConstantName"/><module name="EmptyBlock"/></module>
</module>
XML
for m in module-*; do
  p="$m/src/main/java/bench/${m//-/_}"
  mkdir -p "$p"
  for c in 1 2 3 4 5 6; do
    printf 'package bench.%s;\n\npublic class C%s {\n  static final int LIMIT = %s;\n\n  int next(int x) {\n    return x + LIMIT;\n  }\n}\n' "${m//-/_}" "$c" "$c" > "$p/C$c.java"
  done
done
printf 'target/\n' > .gitignore
git add -A
git -c user.name=bench -c user.email=bench@tollgate.invalid commit -q -m "chore: sources"
git switch -q -c feature/bench
export MAVEN_ARGS="-o -Dmaven.repo.local=$BENCH_REPO -Dmaven.repo.local.tail=$HOME/.m2/repository"
"${MVN[@]}" -q "$plugin:install-hooks" >/dev/null  # from the reactor root: records the modules
mvn_home=$(sed -n 's/^tollgate.tasks.maven=//p' .git/tollgate/hooks.properties)
# 5 staged files in 3 modules without the planted unpinned plugins (which do not resolve offline)
staged=(module-005/src/main/java/bench/module_005/C1.java module-005/src/main/java/bench/module_005/C2.java
  module-017/src/main/java/bench/module_017/C4.java module-041/src/main/java/bench/module_041/C5.java
  module-041/src/main/java/bench/module_041/C6.java)
for f in "${staged[@]}"; do sed -i 's/x + LIMIT/x + 2 * LIMIT/' "$f"; done
git add "${staged[@]}"
sh .git/hooks/pre-commit 2>&1 | sed 's/^/  | /' | head -8
sh .git/hooks/pre-commit >/dev/null 2>&1 || { echo "the pre-commit hook fails on the benchmark" >&2; exit 1; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
median_seconds "pre-commit hook, 2 Maven tasks, 5 staged files" sh .git/hooks/pre-commit
hook=$MEDIAN_S
median_seconds "by hand: mvn -q -pl (3 modules) spotless:check checkstyle:check" \
  "$mvn_home" -B -q -pl module-005,module-017,module-041 spotless:check checkstyle:check
echo "tasks hook / by hand = $(ratio "$hook" "$MEDIAN_S")  (issue: <= 1.3)"

# a stage whose globs match nothing: the same hook with and without the tasks
git reset -q
printf 'notes\n' > notes.txt
git add notes.txt
median_seconds "pre-commit hook, tasks whose globs match nothing" sh .git/hooks/pre-commit
with=$MEDIAN_S
cp .git/tollgate/hooks.properties "$W/tasks/with-tasks.properties"
grep -v '^tollgate.tasks=' "$W/tasks/with-tasks.properties" > .git/tollgate/hooks.properties
median_seconds "pre-commit hook, no tasks configured" sh .git/hooks/pre-commit
cp "$W/tasks/with-tasks.properties" .git/tollgate/hooks.properties
echo "empty-match stage overhead = $(awk -v a="$with" -v b="$MEDIAN_S" 'BEGIN { printf "%.3f", a - b }') s  (issue: <= 0.05 s)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
