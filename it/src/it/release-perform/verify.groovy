def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Pushed release 1.4.0 (v1.4.0) to origin')
def remote = new File(basedir, 'remote.git')
assert git.run(remote, 'rev-parse', 'refs/heads/main') == git.run(basedir, 'rev-parse', 'HEAD')
assert git.run(remote, 'rev-parse', 'v1.4.0^{commit}') == git.run(basedir, 'rev-parse', 'HEAD~1')
assert git.run(remote, 'cat-file', '-t', 'v1.4.0') == 'tag'
