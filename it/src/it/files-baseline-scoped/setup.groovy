def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
def w = { String name, Object content -> def f = new File(basedir, name); f.parentFile.mkdirs(); if (content instanceof byte[]) { f.bytes = content } else { f.setText(content, 'UTF-8') } }
w('src/a.properties', 'aws.accessKeyId=' + 'AKIA' + 'Q3EGRZTWBN5KX7VM' + '\n')
w('.tollgate/secrets-baseline.tsv', '# accepted\n0123456789abcdef0123456789abcdef\tother/keep.properties\t3\n')
git.init(basedir)
return true
