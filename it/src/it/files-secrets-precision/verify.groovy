def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[secrets] hard-coded') && !log.contains('[secrets] private key') && !log.contains('AWS access key id AKIA…(20 chars)\n')
assert log.contains('allowed by tollgate:allow-next-line: rotated in 2024, kept as a parser fixture')
assert !log.contains('Q3EGRZTWBN5KX7VM')
return true
