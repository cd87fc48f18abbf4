def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('SNAPSHOT from outside the reactor: org.example:unreleased-lib:0.3.0-SNAPSHOT (dependency of dev.tollgate.it:release-prepare-snapshot-dep); release it first')
evaluate(new File(itSupport, 'release-checks.groovy')).assertUnreleased(basedir)
