// Commits through the installed hooks: the tasks see only the staged content, real spotless and
// checkstyle run in one Maven start, a command gets {files}, TOLLGATE_SKIP skips on purpose.
def git = evaluate(new File(itSupport, 'git.groovy'))
def tasks = evaluate(new File(itSupport, 'tasks.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')

// quality:check (invocation 2) ran the same tasks on the files changed since v0.1.0
assert log.contains('tasks on 1 changed file(s)') : log
assert log =~ /format\s+FAILED/ : log
assert log.contains('Old.java') : log
assert log.contains("task 'format' failed") : log
def settings = new File(basedir, '.git/tollgate/hooks.properties').text
assert settings.contains('format.goals\\=spotless\\:check') : settings
assert settings.contains('tollgate.tasks.modules=.\\napp\\nlib') : settings

def commit = { String message, Map extra = [:] -> tasks.commit(basedir, localRepositoryPath, message, extra) }
def app = new File(basedir, 'app/src/main/java/app/App.java')
def clean = app.text

// 1. a staged mis-formatted file: spotless:check fails the commit; the work tree is untouched
app.text = clean.replace('return 1;', 'return 1;   ')
git.run(basedir, 'add', '.')
def (bad, badOut) = commit('feat: trailing spaces')
assert bad != 0 : badOut
assert badOut =~ /format\s+FAILED/ : badOut
assert badOut.contains('-pl app') : badOut
assert badOut.contains('spotless') : badOut
assert badOut.contains('whole output:') : badOut
assert app.text.contains('return 1;   ')

// 2. staged content clean, the mis-formatted hunk only unstaged: the commit passes and the
// unstaged hunk is still there afterwards, byte for byte
app.text = clean.replace('return 1;', 'return 10;')
git.run(basedir, 'add', '.')
def unstaged = clean.replace('return 1;', 'return 10;').replace('int size', 'int  size   ')
app.text = unstaged
def (good, goodOut) = commit('feat: bigger')
assert good == 0 : goodOut
assert goodOut =~ /format\s+passed/ : goodOut
assert goodOut =~ /style\s+passed/ : goodOut
assert goodOut.contains('set aside 1 unstaged') : goodOut
assert app.text == unstaged
assert git.run(basedir, 'show', 'HEAD:app/src/main/java/app/App.java').contains('return 10;')
app.text = clean.replace('return 1;', 'return 10;')

// 3. checkstyle runs only when its globs match: a test source with System.out is not main code
def test = new File(basedir, 'app/src/test/java/app/AppTest.java')
test.parentFile.mkdirs()
test.text = 'package app;\n\nclass AppTest {\n  void t() {\n    System.out.println(1);\n  }\n}\n'
git.run(basedir, 'add', '.')
def (testOnly, testOut) = commit('test: app')
assert testOnly == 0 : testOut
assert testOut =~ /style\s+no files/ : testOut
def lib = new File(basedir, 'lib/src/main/java/lib/Lib.java')
lib.text = lib.text.replace('return 2;', 'System.out.println(2);\n    return 2;')
git.run(basedir, 'add', '.')
def (style, styleOut) = commit('feat: print')
assert style != 0 : styleOut
assert styleOut =~ /style\s+FAILED/ : styleOut
assert styleOut.contains('no System.out in main code') : styleOut
assert styleOut.contains('-pl lib') : styleOut

// 4. TOLLGATE_SKIP skips one task on purpose and says so
def (skipped, skippedOut) = commit('feat: print anyway', [TOLLGATE_SKIP: 'style'])
assert skipped == 0 : skippedOut
assert skippedOut =~ /style\s+skipped/ : skippedOut
assert skippedOut =~ /format\s+passed/ : skippedOut

// 5. a command task gets the staged files, shell-quoted
def notes = new File(basedir, 'my notes.txt')
notes.text = 'fine\nTODO: later\n'
git.run(basedir, 'add', '.')
def (todo, todoOut) = commit('docs: notes')
assert todo != 0 : todoOut
assert todoOut =~ /todo\s+FAILED/ : todoOut
assert todoOut.contains("my notes.txt") : todoOut
assert todoOut.contains('2:TODO: later') : todoOut

// 6. TOLLGATE_SKIP_HOOKS=1 still skips everything
def (all, allOut) = commit('docs: notes anyway', [TOLLGATE_SKIP_HOOKS: '1'])
assert all == 0 : allOut
assert !allOut.contains('todo') : allOut
