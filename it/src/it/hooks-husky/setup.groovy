def git = evaluate(new File(itSupport, 'git.groovy'))
def husky = new File(basedir, '.husky')
husky.mkdirs()
new File(husky, 'commit-msg').text = 'npx --no -- commitlint --edit "$1"\n'
new File(husky, 'commit-msg').setExecutable(true)
git.init(basedir)
git.run(basedir, 'config', 'core.hooksPath', '.husky')
new File(basedir, '.git/info/exclude') << 'build.log\ntarget/\n'
true
