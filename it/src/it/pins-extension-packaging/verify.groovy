import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new JsonSlurper().parse(new File(basedir, 'target/tollgate/pins.json'))
def at = report.findings.collect { "${it.ruleId}@${it.location.file}:${it.location.line}:${it.location.column}: ${it.message}" as String }
println at.join('\n')

// the mapping's versionless plugin floats: reported once, at the root's pluginManagement
assert report.findings.size() == 1
def resources = report.findings[0]
assert resources.ruleId == 'missing-version'
assert resources.location.file == 'pom.xml' && resources.location.line == 14 && resources.location.column == 5
assert resources.message.contains('maven-resources-plugin has no version')
assert resources.message.contains('repository metadata')
assert resources.message.contains('used by 1 module (bundle)')
assert resources.hint.contains('<artifactId>maven-resources-plugin</artifactId><version>x.y.z</version>')
// the versions the extension's mapping names are pinned by the extension
assert !log.contains('maven-compiler-plugin has no version') && !log.contains('maven-install-plugin runs with')
assert log.contains('BUILD FAILURE')
