def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.run(basedir, 'switch', '-q', '-c', 'feature')
git.commit(basedir, 'wip', 'API.txt')
git.commit(basedir, 'more wip', 'API.txt')
return true
