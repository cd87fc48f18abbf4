def text = new File(basedir, 'CHANGELOG.md').getText('UTF-8')
def git = evaluate(new File(itSupport, 'git.groovy'))
def head = git.run(basedir, 'rev-parse', 'HEAD')
assert text.startsWith('# Changelog\n\n## [1.1.0](https://github.com/acme/widget/compare/v1.0.1...v1.1.0) (2024-06-01)\n\n\n### Features\n\n')
assert text.contains("* **cli:** add --dry-run ([${head.take(7)}](https://github.com/acme/widget/commit/${head}))")
assert text =~ /(?m)^## \[1\.0\.1\]\(https:\/\/github\.com\/acme\/widget\/compare\/v1\.0\.0\.\.\.v1\.0\.1\) \(\d{4}-\d\d-\d\d\)$/
assert text.contains('* **build:** pin the compiler')
assert text =~ /(?m)^## 1\.0\.0 \(\d{4}-\d\d-\d\d\)$/
assert !text.contains('stale')
// newest first
assert text.indexOf('## [1.1.0]') < text.indexOf('## [1.0.1]')
assert text.indexOf('## [1.0.1]') < text.indexOf('## 1.0.0')
return true
