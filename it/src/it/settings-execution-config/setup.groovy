def git = evaluate(new File(itSupport, 'git.groovy'))
// trailing whitespace: an error by default, off in the execution's <levels>
new File(basedir, 'notes.txt').text = 'trailing   \n'
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
// 41 characters: fine by default, too long for the execution's header-max-length=error:30
git.init(basedir, 'chore: initial commit of the test project')
// a pre-build script must end true, or invoker skips the build
true
