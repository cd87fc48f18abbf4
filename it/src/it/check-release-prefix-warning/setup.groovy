def git = evaluate(new File(itSupport, 'git.groovy'))
// keep the build log and outputs out of the repository the checks scan
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
git.init(basedir)
git.run(basedir, 'switch', '-q', '-c', 'feature/x')
// a pre-build script must end true, or invoker skips the build
true
