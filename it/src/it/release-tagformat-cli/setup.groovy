def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = '-Dtollgate.tagFormat=${version}\n'
git.init(basedir)
git.commit(basedir, 'feat: first feature')
git.run(basedir, 'tag', '2.4.1')
git.commit(basedir, 'feat: second feature')
return true
