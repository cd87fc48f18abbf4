def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// the forked build ran on the release versions and failed
assert log.contains('build the release: ') : log
assert log.contains('clean verify')
assert log.contains('RELEASE-BUILD-MARKER')
assert log.contains('the release build (') && log.contains(') failed with exit code 1')
assert log.contains('tollgate.release.preparationGoals')
assert log.contains('every earlier step was undone')
// nothing is left: no commit, no tag, no modified file, no journal
assert git.run(basedir, 'log', '--format=%s') == 'feat: first feature'
assert git.run(basedir, 'tag') == ''
assert git.run(basedir, 'status', '--porcelain') == ''
assert !new File(basedir, '.git/tollgate/journal').exists()
return true
