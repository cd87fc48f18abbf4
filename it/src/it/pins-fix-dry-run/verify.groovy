def log = new File(basedir, 'build.log').getText('UTF-8')
assert new File(basedir, 'pom.xml').bytes == new File(basedir, 'pom.xml.before').bytes
assert log.contains('[INFO] +++ pom.xml')
assert log.contains('[INFO] +    <pluginManagement>')
assert log.contains('[INFO] +          <artifactId>maven-install-plugin</artifactId>')
assert log.contains('(dry run: no file changed)')
assert log.contains('BUILD SUCCESS')
