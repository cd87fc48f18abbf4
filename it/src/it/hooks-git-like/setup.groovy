def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
['origin.git', 'fork.git'].each { name ->
    def remote = new File(basedir, name)
    remote.mkdirs()
    git.run(remote, 'init', '-q', '--bare')
    git.run(basedir, 'remote', 'add', name - '.git', remote.absolutePath)
}
git.run(basedir, 'switch', '-q', '-c', 'feature/a')
git.commit(basedir, 'an old message from before the rules')
git.run(basedir, 'push', '-q', '--no-verify', 'origin', 'main', 'feature/a')
new File(basedir, '.git/info/exclude') << 'origin.git/\nfork.git/\nbuild.log\ntarget/\nMSG\n'
true
