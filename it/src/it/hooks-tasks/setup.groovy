def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git.init(basedir)
git.run(basedir, 'tag', 'v0.1.0')
// committed without the hooks: a mis-formatted file since the release, for quality:check in CI
def old = new File(basedir, 'lib/src/main/java/lib/Old.java')
old.text = 'package lib;\n\npublic class Old {   \n}\n'
git.run(basedir, 'add', '.')
git.run(basedir, 'commit', '-q', '--no-verify', '-m', 'feat: old code')
git.run(basedir, 'switch', '-q', '-c', 'feature/tasks')
true
