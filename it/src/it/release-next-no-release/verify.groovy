def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Previous release: v1.0.0 (1.0.0)')
assert log.contains('Commits considered: 2')
assert log.contains('nothing to release: no release-worthy commits since 1.0.0')
assert log.contains('-Dtollgate.release.increment=PATCH')
assert new File(basedir, 'target/tollgate/next-version.txt').text == ''
return true
