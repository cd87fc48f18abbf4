def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('quality:' + tollgateVersion + ':check (tollgate-check)') : 'quality:check was not bound'
assert log.contains('Tollgate check: running commits, files')
assert !log.contains('files-fix') : 'quality:check must not run goals that change files'
assert log.contains('Tollgate: installed git hooks')
assert new File(basedir, '.git/hooks/pre-commit').text.contains('# >>> tollgate')
assert log.contains('BUILD SUCCESS')
