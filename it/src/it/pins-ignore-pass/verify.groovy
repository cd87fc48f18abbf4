import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new JsonSlurper().parse(new File(basedir, 'target/tollgate/pins.json'))
def exec = report.findings.find { it.message.contains('org.codehaus.mojo:exec-maven-plugin') }
assert exec != null : report.findings
assert exec.ruleId == 'missing-version'
assert exec.severity == 'info'
assert exec.message.endsWith('(ignored: run only by the release team, pinned in its image (ADR-7))')
assert exec.location.file == 'pom.xml' && exec.location.line == 33
assert log.contains('[INFO] pom.xml:33:9: [missing-version]')
assert log.contains('(ignored: run only by the release team, pinned in its image (ADR-7))')
// the ignored plugin is left out of the combined snippet
assert !log.contains('Tollgate pins: pin ')
assert log.contains('tollgate pins: 0 errors, 0 warnings, 1 info')
assert log.contains('BUILD SUCCESS')
