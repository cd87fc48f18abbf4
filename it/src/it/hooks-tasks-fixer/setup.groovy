def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git.init(basedir)
git.run(basedir, 'switch', '-q', '-c', 'feature/fixer')
true
