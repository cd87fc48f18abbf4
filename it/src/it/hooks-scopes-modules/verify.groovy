def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
def bad = new File(basedir, 'bad.sha').text.trim().take(7)
def allowed = 'have scopes that are each one of [deps, core, demo-core, web]'
// the goal: one finding, for the scope that is no module, listing the allowed scopes
assert log.contains("commit ${bad}: [scope-enum]") : log
assert log.contains(allowed) : log
assert log.contains('tollgate commits: 1 error') : log
['add the cache', 'close the cache', 'escape the title', 'bump the parser'].each {
    assert !log.contains("'${it}") && !log.contains(": ${it}' ") : it
}
// the hook: the module names were recorded at install time
def attempt = git.attempt
def msg = new File(basedir, 'MSG')
msg.text = 'fix(api): still not a module\n'
def (refused, refusedOut) = attempt(basedir, 'commit', '--allow-empty', '-F', msg.path)
assert refused != 0 : refusedOut
assert refusedOut.contains('[scope-enum]') && refusedOut.contains(allowed) : refusedOut
msg.text = 'fix(web,demo-core): both modules\n'
def (passed, passedOut) = attempt(basedir, 'commit', '--allow-empty', '-F', msg.path)
assert passed == 0 : passedOut
