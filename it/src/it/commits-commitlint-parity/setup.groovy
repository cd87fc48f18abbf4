def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
def url = 'https://github.com/example/project/compare/' + 'a1b2c3d4'.multiply(12)
git.commit(basedir, "build(deps): bump the parser from 1.2.3 to 1.2.4\n\nRelease notes: ${url}\n\nSigned-off-by: dependabot[bot] <support@example.com>")
git.commit(basedir, 'v21.2.2')
git.commit(basedir, 'chore(release): 1.2.3 [skip ci]')
git.commit(basedir, "Merge branch 'feature' into main")
git.commit(basedir, 'Revert some change')
git.commit(basedir, 'fix: élan vital')
def unicode = git.commit(basedir, 'fix: Élan vital')
def longLine = git.commit(basedir, 'docs: explain\n\nshort line\n' + 'word '.multiply(25).trim())
new File(basedir, 'bad.sha').text = unicode.substring(0, 7) + '\n' + longLine.substring(0, 7) + '\n'
return true
