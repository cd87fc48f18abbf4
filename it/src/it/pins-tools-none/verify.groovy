import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new JsonSlurper().parse(new File(basedir, 'target/tollgate/pins.json'))
// no workflow, Dockerfile, hook config or version file: nothing to say, and no noise about it
assert report.findings.isEmpty()
assert log.contains('; 1 tool files in') // the pom itself, for toolchain requirements
assert !log.contains('[unpinned-')
assert !log.contains('malformed')
assert !log.toLowerCase().contains('workflow')
assert !log.contains('Dockerfile')
assert log.contains('tollgate pins: no findings')
assert log.contains('BUILD SUCCESS')
