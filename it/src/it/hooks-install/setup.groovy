def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
def remote = new File(basedir, 'remote.git')
remote.mkdirs()
git.run(remote, 'init', '-q', '--bare')
git.run(basedir, 'remote', 'add', 'origin', remote.absolutePath)
git.run(basedir, 'push', '-q', 'origin', 'main')
// the bare remote is inside the work tree only for convenience: keep it out of commits
new File(basedir, '.git/info/exclude') << 'remote.git/\nbuild.log\ntarget/\n'
// a pre-build script must end true, or invoker skips the build
true
