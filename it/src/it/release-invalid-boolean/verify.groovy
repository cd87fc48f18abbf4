def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains("[ERROR] Failed to execute goal dev.tollgate:release-maven-plugin:") : log
assert log.contains("Tollgate release configuration: tollgate.release.dryRun: 'yes' is not a boolean; use true or false") : log
assert !log.contains('Release plan') : 'refused before planning'
assert git.run(basedir, 'status', '--porcelain') == ''
assert git.run(basedir, 'tag') == ''
assert git.run(basedir, 'log', '--format=%s') == 'feat: first feature'
return true
