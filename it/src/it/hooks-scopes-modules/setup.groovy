def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.run(basedir, 'switch', '-q', '-c', 'feature/a')
git.commit(basedir, 'feat(core): add the cache')
git.commit(basedir, 'fix(demo-core): close the cache')
git.commit(basedir, 'fix(web): escape the title')
git.commit(basedir, 'build(deps): bump the parser')
git.commit(basedir, 'fix(api): not a module')
new File(basedir, 'bad.sha').text = git.run(basedir, 'rev-parse', 'HEAD').trim()
new File(basedir, '.git/info/exclude') << 'build.log\ntarget/\n*/target/\nMSG\nbad.sha\n'
true
