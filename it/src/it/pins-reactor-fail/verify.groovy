import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new JsonSlurper().parse(new File(basedir, 'target/tollgate/pins.json'))
def at = report.findings.collect { "${it.ruleId}@${it.location.file}:${it.location.line}:${it.location.column}" as String }
println at.join('\n')

// the parent's own declarations, at their lines in pom.xml
assert at.contains('version-range@pom.xml:48:9')              // ${ranged.version}
assert at.contains('dynamic-version@pom.xml:58:9')            // reporting plugin RELEASE
// the child's, at their lines in child/pom.xml
assert at.contains('missing-version@child/pom.xml:16:9')      // exec-maven-plugin
assert at.contains('missing-version@child/pom.xml:23:9')      // antrun: version from the super POM
assert at.contains('version-range@child/pom.xml:28:9')        // (,5.0]
assert at.contains('snapshot-version@child/pom.xml:33:13')    // plugin dependency
assert at.contains('snapshot-version@child/pom.xml:48:13')    // timestamped, inactive profile
// Maven's default lifecycle bindings for pom packaging, reported once at the root pluginManagement
assert at.contains('maven-default-version@pom.xml:19:5')
assert report.findings.findAll { it.ruleId == 'maven-default-version' }.every { !it.message.contains('maven-clean-plugin') }
// pinned through a property or pluginManagement: not reported
assert !log.contains('maven-assembly-plugin has no version')
assert !at.any { it.contains('child/pom.xml:19') || it.contains('child/pom.xml:20') }
assert !log.contains('quality-maven-plugin has no version')

def range = report.findings.find { it.ruleId == 'version-range' && it.location.file == 'pom.xml' }
assert range.message.contains('${ranged.version} = [3.0,4.0) declared at pom.xml:14:5')
def antrun = report.findings.find { it.location.file == 'child/pom.xml' && it.location.line == 23 }
if (mavenMajor.toString() == '4') {
    // Maven 4's super POM pins no antrun: the version comes from the repository metadata
    assert antrun.message.contains('newest release in the repository metadata')
    assert antrun.hint.contains('<version>x.y.z</version>')
} else {
    assert antrun.message.contains('supplies 3.1.0')
    assert antrun.hint.contains('<version>3.1.0</version>')
}
assert antrun.hint.contains('pluginManagement in pom.xml:19:5')
assert log.contains('[WARNING] .mvn/wrapper/maven-wrapper.properties: [maven-wrapper]')
assert log.contains('BUILD FAILURE')
