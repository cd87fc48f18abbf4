def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Checked 3 commit message(s) with the commitizen rules.')
assert log.contains('tollgate commits: no findings')
assert log.contains('BUILD SUCCESS')
