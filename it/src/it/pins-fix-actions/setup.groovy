// A local bare "action" repository stands in for the action's remote: tags v1.0.0, v1.2.3
// (annotated) and v1 on the second commit, branch main on a third.
def git = evaluate(new File(itSupport, 'git.groovy'))
def src = new File(basedir, 'remotes/src')
src.mkdirs()
new File(src, 'README.md').setText('setup action\n', 'UTF-8')
git.init(src)
git.run(src, 'tag', 'v1.0.0')
new File(basedir, 'remotes/v1.0.0.sha').setText(git.run(src, 'rev-parse', 'HEAD'), 'UTF-8')
git.commit(src, 'feat: second')
git.run(src, 'tag', '-a', 'v1.2.3', '-m', 'release 1.2.3')
git.run(src, 'tag', 'v1')
new File(basedir, 'remotes/v1.2.3.sha').setText(git.run(src, 'rev-parse', 'HEAD'), 'UTF-8')
git.commit(src, 'feat: third')
new File(basedir, 'remotes/main.sha').setText(git.run(src, 'rev-parse', 'HEAD'), 'UTF-8')
git.run(basedir, 'clone', '-q', '--bare', src.path, new File(basedir, 'remotes/acme/setup.git').path)
return true
