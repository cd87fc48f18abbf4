def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
def w = { String name, Object content -> def f = new File(basedir, name); f.parentFile.mkdirs(); if (content instanceof byte[]) { f.bytes = content } else { f.setText(content, 'UTF-8') } }
w('icons/a.svg', '<svg> \n</svg>')
w('src/test/fixtures/trailing.txt', 'kept as is   \n')
w('icons/key.svg', '<svg>\n<!-- aws.accessKeyId=' + 'AKIA' + 'Q3EGRZTWBN5KX7VM' + ' -->\n</svg>\n')
w('README.md', 'fixed \n')
git.init(basedir)
return true
