def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
new File(basedir, 'generated').mkdirs()
new File(basedir, 'generated/out.txt').text = 'trailing   \n'
// not a Conventional Commit: quality:commits would fail, but it is excluded
git.init(basedir, 'Initial import')
git.run(basedir, 'switch', '-q', '-c', 'feature/x')
// a pre-build script must end true, or invoker skips the build
true
