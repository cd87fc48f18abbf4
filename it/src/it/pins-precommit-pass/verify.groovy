import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new JsonSlurper().parse(new File(basedir, 'target/tollgate/pins.json'))
assert report.findings.isEmpty()
assert log.contains('; 2 tool files in')
assert log.contains('tollgate pins: no findings')
assert log.contains('BUILD SUCCESS')
