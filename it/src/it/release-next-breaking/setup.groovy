def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.commit(basedir, 'feat: first feature')
git.run(basedir, 'tag', '-a', 'v1.2.0', '-m', 'Release 1.2.0')
// a real project's major: the note's text starts on the line after the token
git.commit(basedir, 'fix: validate config\n\nBREAKING CHANGE:\nkeys are now case-sensitive')
git.run(basedir, 'tag', 'strict-only')
git.run(basedir, 'reset', '-q', '--hard', 'v1.2.0')
git.commit(basedir, 'fix: update deps (#12)\n\nBEGIN_NESTED_COMMIT\nfeat!: drop the v1 client\nEND_NESTED_COMMIT')
git.run(basedir, 'tag', 'nested')
git.run(basedir, 'reset', '-q', '--hard', 'v1.2.0')
git.commit(basedir, 'fix: old preset\n\nBREAKING CHANGES: the api moved')
return true
