def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = 'build.log\ntarget/\nremote.git/\n'
new File(basedir, 'README.md').text = 'Install tollgate-demo:1.3.0 today.\n'
git.init(basedir, 'feat: first feature')
def remote = new File(basedir, 'remote.git')
git.run(basedir, 'init', '-q', '--bare', '-b', 'main', remote.absolutePath)
git.run(basedir, 'remote', 'add', 'origin', remote.absolutePath)
git.run(basedir, 'push', '-q', '-u', 'origin', 'main')
return true
