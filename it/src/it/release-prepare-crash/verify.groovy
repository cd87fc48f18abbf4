def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
// after 11 kills and rollbacks, the release goes through
assert log.contains('Released 1.2.0 as tag v1.2.0')
assert git.run(basedir, 'tag') == 'v1.2.0'
assert git.run(basedir, 'log', '--format=%s') ==
    'chore(release): start 1.2.1-SNAPSHOT\nchore(release): v1.2.0\nfeat: first feature'
assert git.run(basedir, 'status', '--porcelain') == ''
assert new File(basedir, 'm07/pom.xml').text.contains('<version>1.2.1-SNAPSHOT</version>')
assert new File(basedir, 'README.md').text == 'Install crash-demo:1.2.0 today.\n'
assert !new File(basedir, '.git/tollgate/journal').exists()
return true
