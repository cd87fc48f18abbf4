def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.commit(basedir, 'feat: first feature')
git.run(basedir, 'tag', '-a', 'v1.2.0', '-m', 'Release 1.2.0')
// a higher tag on a branch that is never merged must not count
git.run(basedir, 'checkout', '-q', '-b', 'experiment')
git.commit(basedir, 'feat: experiment')
git.run(basedir, 'tag', 'v5.0.0')
git.run(basedir, 'checkout', '-q', 'main')
git.commit(basedir, 'fix(parser): accept tabs')
git.commit(basedir, 'feat(api): expose the tag finder')
git.commit(basedir, 'docs: explain the finder')
return true
