def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("tollgate.commits.preset: unknown value 'no-such-preset'")
assert log.contains('BUILD FAILURE')
def reports = new File(basedir, 'target/tollgate')
assert !new File(reports, 'commits.json').exists() : 'the previous run\'s commits.json must be gone'
assert !new File(reports, 'commits.sarif').exists() : 'the previous run\'s commits.sarif must be gone'
assert new File(reports, 'files.json').exists() : 'another goal\'s report is left alone'
