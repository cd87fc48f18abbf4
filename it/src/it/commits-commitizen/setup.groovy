def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir, 'chore: initial commit')
git.commit(basedir, 'feat(cli): Add The Flag.')
git.commit(basedir, 'bump: version 1.0.0 → 1.1.0')

// a pre-build script that returns anything but true stops the build before Maven runs
return true
