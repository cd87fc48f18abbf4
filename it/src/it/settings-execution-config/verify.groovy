def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tollgate check: running commits, files')
// quality:check ran the goals with the execution's settings
assert log.contains('[header-max-length]') : 'the execution-level rule did not reach quality:check'
assert !log.contains('[whitespace]') : 'the execution-level level did not reach quality:check'
assert log.contains('Tollgate check failed in 1 goal(s)')
assert log.contains('BUILD FAILURE')

def settings = new File(basedir, '.git/tollgate/hooks.properties').text
assert settings.contains('header-max-length\\=error\\:30') : settings
assert settings.contains('whitespace\\=off') : settings

def attempt = git.attempt
git.run(basedir, 'switch', '-q', '-c', 'feature/a')
new File(basedir, 'more.txt').text = 'also trailing  \n'
git.run(basedir, 'add', 'more.txt')

// the commit-msg hook applies the execution's rule
def (longHeader, longHeaderOut) = attempt(basedir, 'commit', '-m', 'feat: a header longer than thirty characters')
assert longHeader != 0 : longHeaderOut
assert longHeaderOut.contains('header-max-length') : longHeaderOut

// the pre-commit hook applies the execution's level: trailing whitespace is not checked
def (ok, okOut) = attempt(basedir, 'commit', '-m', 'feat: short header')
assert ok == 0 : okOut

// the hooks read core.commentChar when they run, not when they were installed
git.run(basedir, 'config', 'core.commentChar', ';')
new File(basedir, 'c.txt').text = 'c\n'
git.run(basedir, 'add', 'c.txt')
def msg = new File(basedir, 'target/msg.txt')
msg.parentFile.mkdirs()
msg.text = 'fix: comment char\n\n; ' + ('a comment line that git drops; ' * 5) + '\n'
def (comment, commentOut) = attempt(basedir, 'commit', '--cleanup=strip', '-F', msg.absolutePath)
assert comment == 0 : commentOut
