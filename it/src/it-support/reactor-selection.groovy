// Shared by the reactor-selection ITs (-pl, -rf): a repository whose only range commit is bad,
// and the check that the repository-wide goals still ran, once, in the first selected module.
// Usage: def reactor = evaluate(new File(itSupport, 'reactor-selection.groovy'))
def setup = { basedir, itSupport ->
    def git = evaluate(new File(itSupport.toString(), 'git.groovy'))
    new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
    git.init(basedir)
    def bad = git.commit(basedir, 'Fix stuff')
    new File(basedir, 'bad.sha').text = bad.substring(0, 7) + '\n'
    true
}

def verify = { basedir ->
    def log = new File(basedir, 'build.log').getText('UTF-8')
    def bad = new File(basedir, 'bad.sha').readLines()[0]
    // the root is not built, yet the repository-wide goals ran once, in the first selected module
    assert log.contains("commit ${bad}: [type-empty] 'Fix stuff'") : log
    assert log.count('Tollgate files: scope') == 1 : log
    assert !log.contains('Tollgate: skipped') : log
    assert log.contains('BUILD FAILURE')
    true
}

[setup: setup, verify: verify]
