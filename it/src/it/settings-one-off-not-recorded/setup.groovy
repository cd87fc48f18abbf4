def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
// a pre-build script must end true, or invoker skips the build
true
