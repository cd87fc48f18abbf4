def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, 'README.md').text = 'not a Maven project\n'
git.init(basedir)
git.run(basedir, 'tag', '2.4.1')
git.commit(basedir, 'feat!: new configuration format\n\nBREAKING CHANGE: the old keys are gone')
git.commit(basedir, 'fix: typo')
return true
