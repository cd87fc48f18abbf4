import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new JsonSlurper().parse(new File(basedir, 'target/tollgate/pins.json'))
def at = report.findings.collect { "${it.ruleId}@${it.location.file}:${it.location.line}:${it.location.column}" as String }
println at.join('\n')

// the parent's pins are pins: nothing Maven "binds by default", no plugin it pins reported
assert !at.any { it.startsWith('maven-default-version') }
['clean', 'resources', 'compiler', 'surefire', 'jar', 'install', 'deploy', 'site'].each { name ->
    assert !report.findings.any { it.message.contains("maven-${name}-plugin ") }
}
// the parent's own unpinned plugins, once per place a pin fixes them, at that pluginManagement
def shade = report.findings.findAll { it.ruleId == 'version-range' && it.message.contains('maven-shade-plugin') }
assert shade*.location*.file.sort() == ['pom.xml', 'standalone/pom.xml']
assert shade.every { it.message.contains('maven-tg-parent-7.pom:') && it.message.contains('outside the reactor') }
def root = shade.find { it.location.file == 'pom.xml' }
assert root.location.line == 21 && root.location.column == 5
assert root.message.contains('used by 2 modules (., child)')
assert root.hint.contains('the parent org.apache.maven:maven-tg-parent:7 is outside the reactor')
def standalone = shade.find { it.location.file == 'standalone/pom.xml' }
assert standalone.location.line == 16 && standalone.location.column == 5
assert standalone.hint.contains('to pluginManagement in standalone/pom.xml:16:5')
def enforcer = report.findings.findAll { it.ruleId == 'missing-version' && it.message.contains('maven-enforcer-plugin') }
assert enforcer*.location*.file.sort() == ['pom.xml', 'standalone/pom.xml']
assert enforcer.every { it.message.contains('Maven takes the newest release in the repository metadata') }
assert enforcer.find { it.location.file == 'pom.xml' }.message.contains('used by 2 modules (., child)')
assert report.findings.size() == 4
// one combined snippet for every missing pin, per POM where it belongs
assert log.contains('pin 4 plugins at once') && log.contains('in standalone/pom.xml:16:5:')
assert log.contains('<artifactId>maven-shade-plugin</artifactId>')
assert log.contains('BUILD FAILURE')
