def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, '.git/hooks/pre-commit').exists()
assert !new File(basedir, '.git/hooks/commit-msg').exists()
assert !new File(basedir, '.git/hooks/pre-push').exists() : 'tollgate.hooks.names applies to the install'

def settings = new File(basedir, '.git/tollgate/hooks.properties').text
assert settings.contains('release/*') : settings
assert !settings.contains('develop') : 'a one-off -D was recorded:\n' + settings
assert !settings.contains('error\\:10') : 'a one-off -D was recorded:\n' + settings
