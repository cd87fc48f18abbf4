def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Commits since release tag v1.0.0')
// chore(release): v1.1.0 is a version-only header, skipped as commitlint skips it
assert log.contains('Checked 3 commit message(s), skipped 3')
assert log.contains('tollgate commits: no findings')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/tollgate/commits.json').isFile()
assert new File(basedir, 'target/tollgate/commits.sarif').isFile()
