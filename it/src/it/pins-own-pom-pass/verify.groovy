def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('tollgate pins: no findings')
assert log.contains('BUILD SUCCESS')
// the pom really was Tollgate's own: its pluginManagement pins the default-lifecycle plugins
def pom = new File(basedir, 'pom.xml').getText('UTF-8')
assert pom.contains('<artifactId>maven-surefire-plugin</artifactId>')
assert pom.contains('<artifactId>spotless-maven-plugin</artifactId>')
