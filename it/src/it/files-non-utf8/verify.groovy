def git = evaluate(new File(itSupport, 'git.groovy'))
def token = 'ghp_' + ('a1B2c3D4e5F6' * 3)
def log = new File(basedir, 'build.log').getText('UTF-8')
try {
    assert log.contains('Tollgate: installed git hooks')
    assert log.contains('sec\\377ret.env:1:7: [secrets]') : 'the name is shown escaped, as git core.quotePath does'
    assert log.contains('GitHub token ghp_')
    assert !log.contains(token) : 'the token is masked'
    assert log.contains('BUILD FAILURE')

    // the installed pre-commit hook reads the staged blob of the same file and blocks the commit
    def pb = new ProcessBuilder('git', 'commit', '-m', 'feat: add settings').directory(basedir).redirectErrorStream(true)
    pb.environment().clear()
    git.env.each { kv -> def i = kv.indexOf('='); pb.environment().put(kv.substring(0, i), kv.substring(i + 1)) }
    def p = pb.start()
    def out = p.inputStream.getText('UTF-8')
    assert p.waitFor() != 0 : out
    assert out.contains('sec\\377ret.env') : out
    assert out.contains('git commit --no-verify') : out
    assert !out.contains(token) : out
} finally {
    // java.io.File cannot name the file, so the invoker could not clean this directory next time
    new ProcessBuilder('/bin/sh', '-c', 'rm -f sec*ret.env').directory(basedir).start().waitFor()
}
