def git = evaluate(new File(itSupport, 'git.groovy'))
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('quality:' + tollgateVersion + ':check (tollgate-check)') : 'quality:check was not bound'
assert log.contains('Tollgate check: running files') : 'the plugin-level <excludes> did not reach quality:check'
assert !log.contains('--- quality:commits ---')
assert log.contains('BUILD SUCCESS')

// the installed pre-commit hook skips the excluded paths too
def settings = new File(basedir, '.git/tollgate/hooks.properties').text
assert settings.contains('tollgate.files.excludes') : settings
def pb = new ProcessBuilder(['git', 'commit', '-m', 'feat: generated']).directory(basedir).redirectErrorStream(true)
new File(basedir, 'generated/more.txt').text = 'trailing   \n'
git.run(basedir, 'add', 'generated/more.txt')
pb.environment().clear()
git.env.each { kv -> def i = kv.indexOf('='); pb.environment().put(kv.substring(0, i), kv.substring(i + 1)) }
def p = pb.start()
def out = p.inputStream.getText('UTF-8')
assert p.waitFor() == 0 : out
