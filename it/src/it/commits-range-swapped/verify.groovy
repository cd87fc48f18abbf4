def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('tollgate.commits.from (HEAD) comes after tollgate.commits.to (HEAD~1)')
assert log.contains('swap them')
assert log.contains('BUILD FAILURE')
