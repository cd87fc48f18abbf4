def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tollgate: installed git hooks')
def attempt = git.attempt
def msg = new File(basedir, 'MSG')

// 1. a Latin-1 message (i18n.commitEncoding) is read as Latin-1, not rejected as unreadable
git.run(basedir, 'config', 'i18n.commitEncoding', 'ISO-8859-1')
msg.bytes = 'fix: élan vital\n'.getBytes('ISO-8859-1')
def (latin1, latin1Out) = attempt(basedir, 'commit', '--allow-empty', '-F', msg.path)
assert latin1 == 0 : latin1Out
msg.bytes = 'fix: Élan vital\n'.getBytes('ISO-8859-1')
def (latin1Bad, latin1BadOut) = attempt(basedir, 'commit', '--allow-empty', '-F', msg.path)
assert latin1Bad != 0 : latin1BadOut
assert latin1BadOut.contains('[subject-case]') : latin1BadOut
assert !latin1BadOut.contains('could not run') : latin1BadOut
git.run(basedir, 'config', '--unset', 'i18n.commitEncoding')

// 2. core.commentChar set after install applies at once
msg.text = '; a note to self\nfeat: add it\n'
def (before, beforeOut) = attempt(basedir, 'commit', '--allow-empty', '--cleanup=strip', '-F', msg.path)
assert before != 0 : beforeOut
git.run(basedir, 'config', 'core.commentChar', ';')
def (after, afterOut) = attempt(basedir, 'commit', '--allow-empty', '--cleanup=strip', '-F', msg.path)
assert after == 0 : afterOut

// 3. an empty message aborts as git does, without a Tollgate error
msg.text = '; nothing but comments\n'
def (empty, emptyOut) = attempt(basedir, 'commit', '--allow-empty', '--cleanup=strip', '-F', msg.path)
assert empty != 0 : emptyOut
assert emptyOut.contains('Aborting commit due to empty commit message') : emptyOut
assert !emptyOut.contains('tollgate') : emptyOut

// 4. pushing to a fork checks only what no remote has: the old message is already on origin
def (fork, forkOut) = attempt(basedir, 'push', 'fork', 'feature/a')
assert fork == 0 : forkOut
assert !forkOut.contains('an old message') : forkOut
git.run(basedir, 'commit', '-q', '--allow-empty', '--no-verify', '-m', 'more wip')
def (forkBad, forkBadOut) = attempt(basedir, 'push', 'fork', 'feature/a')
assert forkBad != 0 : forkBadOut
assert forkBadOut.contains('more wip') : forkBadOut
assert !forkBadOut.contains('an old message') : forkBadOut
