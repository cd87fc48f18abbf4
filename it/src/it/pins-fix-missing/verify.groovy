def pom = new File(basedir, 'pom.xml').getText('UTF-8')
def child = new File(basedir, 'child/pom.xml').getText('UTF-8')
println pom
assert pom.count('<pluginManagement>') == 1
// the jar lifecycle of the child and the pom lifecycle of the root, each pinned once
['maven-install-plugin', 'maven-deploy-plugin', 'maven-site-plugin', 'maven-compiler-plugin',
 'maven-surefire-plugin', 'maven-jar-plugin', 'maven-resources-plugin'].each {
    assert pom.count("<artifactId>${it}</artifactId>") == 1 : it
}
assert !child.contains('pluginManagement')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
