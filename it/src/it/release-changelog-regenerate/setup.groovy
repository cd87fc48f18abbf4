def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, 'CHANGELOG.md').text = '# stale content to be replaced\n'
git.init(basedir)
git.run(basedir, 'config', 'remote.origin.url', 'git@github.com:acme/widget.git')
git.commit(basedir, 'feat: first public api')
git.run(basedir, 'tag', '-a', 'v1.0.0', '-m', 'Release 1.0.0')
git.commit(basedir, 'fix(build): pin the compiler')
git.run(basedir, 'tag', 'v1.0.1')
git.commit(basedir, 'feat(cli): add --dry-run')
return true
