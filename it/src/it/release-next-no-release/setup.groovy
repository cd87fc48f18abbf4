def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.commit(basedir, 'feat: first feature')
git.run(basedir, 'tag', 'v1.0.0')
git.commit(basedir, 'docs: readme')
git.commit(basedir, 'test: more cases')
return true
