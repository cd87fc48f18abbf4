def log = new File(basedir, 'build.log').getText('UTF-8')
def bad = new File(basedir, 'bad.sha').readLines()[0]
// the root is not built, yet the repository-wide goals ran once, in the first selected module
assert log.contains("commit ${bad}: [type-empty] 'Fix stuff'") : log
assert log.count('Tollgate files: scope') == 1 : log
assert !log.contains('Tollgate: skipped') : log
assert log.contains('BUILD FAILURE')
