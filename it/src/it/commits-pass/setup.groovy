def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.commit(basedir, 'update stuff before the release')
git.run(basedir, 'tag', '-a', 'v1.0.0', '-m', 'Release 1.0.0')
git.commit(basedir, 'feat(parser): support tabs\n\nA body after a blank line.\n\nRefs: #12')
git.commit(basedir, 'fix(@scope/pkg)!: handle crlf\n\nBREAKING CHANGE: line ends are normalised')
git.commit(basedir, 'fixup! fix(@scope/pkg)!: handle crlf')
git.run(basedir, 'switch', '-q', '-c', 'topic')
git.commit(basedir, 'docs: describe the topic', 'TOPIC.txt')
git.run(basedir, 'switch', '-q', 'main')
git.run(basedir, 'merge', '-q', '--no-ff', '-m', 'Merged the topic, badly worded', 'topic')
git.commit(basedir, 'chore(release): v1.1.0')

// a pre-build script that returns anything but true stops the build before Maven runs
return true
