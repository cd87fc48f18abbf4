def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] Tollgate: no git repository at or above ' + basedir.canonicalFile + ': commits/files/branch checks skipped')
assert log.contains('(tollgate.requireGit=false)')
assert log.contains('BUILD SUCCESS')
