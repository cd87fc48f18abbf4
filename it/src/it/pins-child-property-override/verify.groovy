import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new JsonSlurper().parse(new File(basedir, 'target/tollgate/pins.json'))
def at = report.findings.collect { "${it.ruleId}@${it.location.file}:${it.location.line}:${it.location.column}: ${it.message}" as String }
println at.join('\n')

assert report.findings.size() == 1
def snapshot = report.findings[0]
assert snapshot.ruleId == 'snapshot-version'
assert snapshot.location.file == 'child/pom.xml' && snapshot.location.line == 13 && snapshot.location.column == 5
assert snapshot.message.contains('maven-antrun-plugin version 3.7-SNAPSHOT')
assert snapshot.message.contains('${over.version} = 3.7-SNAPSHOT declared at child/pom.xml:13:5')
assert log.contains('BUILD FAILURE')
