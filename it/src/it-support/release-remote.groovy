// Shared setup for the release:perform ITs: a released-looking project with a bare remote.
// Usage: def remote = evaluate(new File(itSupport, 'release-remote.groovy')).init(basedir)
// The remote lies inside the work tree (ignored) for convenience; main is pushed and tracked.

def git = evaluate(new File(itSupport, 'git.groovy'))

// A repository with one commit and README.md at 1.3.0, whose main is pushed to the bare
// `origin` at remote.git/; returns that remote's directory.
def init = { File dir ->
    new File(dir, '.gitignore').text = 'build.log\ntarget/\nremote.git/\n'
    new File(dir, 'README.md').text = 'Install tollgate-demo:1.3.0 today.\n'
    git.init(dir, 'feat: first feature')
    def remote = new File(dir, 'remote.git')
    git.run(dir, 'init', '-q', '--bare', '-b', 'main', remote.absolutePath)
    git.run(dir, 'remote', 'add', 'origin', remote.absolutePath)
    git.run(dir, 'push', '-q', '-u', 'origin', 'main')
    return remote
}

return [init: init]
