def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.run(basedir, 'switch', '-q', '-c', 'team/a/b')
// a pre-build script must end true, or invoker skips the build
true
