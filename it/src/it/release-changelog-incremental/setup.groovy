def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.run(basedir, 'tag', '-a', 'v1.0.0', '-m', 'Release 1.0.0')
git.commit(basedir, 'fix(parser): accept tabs after the colon')
git.commit(basedir, 'feat(http)!: retry idempotent requests\n\nBREAKING CHANGE: retries now count attempts')
git.commit(basedir, 'docs: explain retries')
git.commit(basedir, 'feat: add a --quiet flag')
// the original bytes, to prove everything but the new section is kept
new File(basedir, 'CHANGELOG.orig').bytes = new File(basedir, 'CHANGELOG.md').bytes
return true
