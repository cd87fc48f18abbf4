def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tollgate needs Maven 3.9.0 or newer to run its checks, but this build runs Maven 3.8') : log
assert log.contains('./mvnw')
assert !new File(basedir, '.git/hooks/pre-commit').exists() : 'no hooks may be installed by an unsupported Maven'
