def token = new File(basedir, 'token.txt').getText('UTF-8')
def secretPart = token.substring(4)
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[type-empty] 'Added ghp_…(40 chars) to the Deploy Script.' is not 'type(scope): subject'")
assert log.contains('::error ') : 'the GitHub Actions annotations are printed'
assert log.contains('tollgate commits: ')
assert log.contains('BUILD FAILURE')
assert !log.contains(secretPart) : 'the token must be masked in the log and the annotations'
def json = new File(basedir, 'target/tollgate/commits.json').getText('UTF-8')
assert json.contains('ghp_…(40 chars)')
assert !json.contains(secretPart) : 'the token must be masked in commits.json'
def sarif = new File(basedir, 'target/tollgate/commits.sarif').getText('UTF-8')
assert sarif.contains('"ruleId"')
assert !sarif.contains(secretPart) : 'the token must be masked in commits.sarif'
