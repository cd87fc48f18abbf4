def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').text = 'build.log\ntarget/\n'
new File(basedir, 'README.md').text = 'Install tollgate-demo:1.3.0 today.\n'
git.init(basedir, 'feat: first feature')
// a prepared release (as release:prepare records it) with another commit on top
def previous = git.run(basedir, 'rev-parse', 'HEAD')
git.commit(basedir, 'chore(release): v1.4.0')
git.run(basedir, 'tag', '-a', 'v1.4.0', '-m', 'Release 1.4.0')
def release = git.run(basedir, 'rev-parse', 'HEAD')
new File(basedir, '.git/tollgate').mkdirs()
new File(basedir, '.git/tollgate/last-release.properties').text =
    "version=1.4.0\ntag=v1.4.0\nbranch=main\npreviousHead=${previous}\nreleaseCommit=${release}\nlastCommit=${release}\npushed=false\n"
git.commit(basedir, 'feat: work after the release')
return true
