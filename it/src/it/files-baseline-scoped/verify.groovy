def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def baseline = new File(basedir, '.tollgate/secrets-baseline.tsv').getText('UTF-8')
assert baseline.contains('0123456789abcdef0123456789abcdef\tother/keep.properties\t3') : baseline
assert baseline.contains('\tsrc/a.properties\t1') : baseline
return true
