def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('Release plan (dry run, nothing is changed):')
assert log.contains('--- a/pom.xml')
assert log.contains('-  <version>1.4.0-SNAPSHOT</version>')
assert log.contains('+  <version>1.4.0</version>')
assert log.contains('+Install tollgate-demo:1.4.0 today.')
assert log.contains('would tag the release commit v1.4.0')
// no trace: no commit, no tag, clean tree, no target/, no record
assert git.run(basedir, 'log', '--format=%s') == 'feat: first feature'
assert git.run(basedir, 'tag') == ''
assert git.run(basedir, 'status', '--porcelain', '--ignored') == '!! build.log'
assert !new File(basedir, '.git/tollgate').exists()
assert log.contains('+++ b/CHANGELOG.md')
