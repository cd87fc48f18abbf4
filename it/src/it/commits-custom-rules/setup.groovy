def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.commit(basedir, 'no scope before the release')
git.run(basedir, 'tag', 'release-2.0.0')
git.commit(basedir, 'deps(core): bump jgit')
git.commit(basedir, 'fix(cli): handle tabs.')
git.commit(basedir, 'WIP on the parser')
git.commit(basedir, 'feat: no scope here')
git.commit(basedir, 'feat(docs): outside the enum')

// a pre-build script that returns anything but true stops the build before Maven runs
return true
