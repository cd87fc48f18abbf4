def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Released 1.4.0 as tag v1.4.0')
assert log.contains('Rolled back release 1.4.0')
assert git.run(basedir, 'log', '--format=%s') == 'feat: first feature'
assert git.run(basedir, 'tag') == ''
assert git.run(basedir, 'status', '--porcelain') == ''
assert !new File(basedir, '.git/tollgate/last-release.properties').exists()
