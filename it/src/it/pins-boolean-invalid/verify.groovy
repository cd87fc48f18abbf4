def log = new File(basedir, 'build.log').getText('UTF-8')
// the goal's error line names the property, the value and what is accepted
assert log =~ /\[ERROR\] Failed to execute goal .*:pins .*: quality:pins: tollgate\.pins\.checkDependencies: 'yes' is not a boolean; use true or false; see docs\/pins\.md/
// it stops before checking anything
assert !log.contains('[missing-version]')
assert !log.contains('Tollgate pins:')
assert log.contains('BUILD FAILURE')
