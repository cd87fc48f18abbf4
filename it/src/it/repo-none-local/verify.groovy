def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tollgate check: running commits, files')
def warning = '[WARNING] Tollgate: no git repository at or above ' + basedir.canonicalFile
assert log.contains(warning + ': commits/files/branch checks skipped') : 'no warning for the missing repository'
assert log.contains('Tollgate: git hooks not installed')
assert !new File(basedir, '.git').exists()
assert log.contains('BUILD SUCCESS')
