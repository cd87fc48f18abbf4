def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.commit(basedir, 'bad history on main')
git.run(basedir, 'switch', '-q', '-c', 'feature')
git.commit(basedir, 'feat(api): add the endpoint', 'API.txt')
git.commit(basedir, 'test(api): cover the endpoint', 'API.txt')
git.run(basedir, 'switch', '-q', 'main')
git.commit(basedir, 'also bad, after the branch point')
git.run(basedir, 'checkout', '-q', '--detach', 'feature')

// a pre-build script that returns anything but true stops the build before Maven runs
return true
