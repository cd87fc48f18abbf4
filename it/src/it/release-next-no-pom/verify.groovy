def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Previous release: 2.4.1 (2.4.1)') : log
assert log.contains('Commits considered: 2')
assert log.contains('Decisive commits (major):')
assert log.contains('feat!: new configuration format')
assert log.contains('Next version: 3.0.0')
assert new File(basedir, 'target/tollgate/next-version.txt').text == '3.0.0\n'
assert !new File(basedir, 'pom.xml').exists()
return true
