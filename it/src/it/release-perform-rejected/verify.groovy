def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Released 1.4.0 as tag v1.4.0')
assert log.contains('refused the push, so neither the commits nor the tag were published')
def remote = new File(basedir, 'remote.git')
assert git.run(remote, 'log', '--format=%s', '-1', 'main') == 'fix: colleague'
assert git.run(remote, 'tag') == ''
