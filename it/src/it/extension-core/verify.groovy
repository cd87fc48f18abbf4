def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('quality:' + tollgateVersion + ':check (tollgate-check)') : 'quality:check was not bound'
assert !log.contains('Tollgate: installed git hooks') : 'hooks must not be installed in CI'
assert !new File(basedir, '.git/hooks/pre-commit').exists()
assert log.contains('BUILD SUCCESS')
