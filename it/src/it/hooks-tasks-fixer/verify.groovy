// spotless:apply as a fixer: its changes fail the commit, are left unstaged for review, and never
// overwrite unstaged work.
def git = evaluate(new File(itSupport, 'git.groovy'))
def tasks = evaluate(new File(itSupport, 'tasks.groovy'))
def commit = { String message -> tasks.commit(basedir, localRepositoryPath, message) }
def app = new File(basedir, 'src/main/java/app/App.java')
def clean = app.text

// 1. a staged mis-formatted file: the fixer fixes the work tree, the commit stops, nothing staged
app.text = clean.replace('return 1;', 'return 2;   ')
git.run(basedir, 'add', '.')
def (fixed, fixedOut) = commit('feat: two')
assert fixed != 0 : fixedOut
assert fixedOut =~ /format\s+CHANGED FILES/ : fixedOut
assert fixedOut.contains('changed: src/main/java/app/App.java') : fixedOut
assert fixedOut.contains('nothing was staged for you') : fixedOut
assert app.text.contains('return 2;\n') : app.text
assert git.run(basedir, 'diff', '--cached').contains('return 2;   ')

// 2. the user reviews and stages the fix: the commit passes
git.run(basedir, 'add', '.')
def (good, goodOut) = commit('feat: two')
assert good == 0 : goodOut
assert goodOut =~ /format\s+passed/ : goodOut

// 3. the fixer touches a file that also has an unstaged hunk: the user's bytes come back
app.text = app.text.replace('return 2;', 'return 3;   ')
git.run(basedir, 'add', '.')
def mine = app.text.replace('int size', 'int size   ')
app.text = mine
def (rolled, rolledOut) = commit('feat: three')
assert rolled != 0 : rolledOut
assert rolledOut.contains('also had unstaged changes') : rolledOut
assert app.text == mine
assert git.run(basedir, 'diff', '--cached').contains('return 3;   ')
