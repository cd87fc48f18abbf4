def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
def w = { String name, Object content -> def f = new File(basedir, name); f.parentFile.mkdirs(); if (content instanceof byte[]) { f.bytes = content } else { f.setText(content, 'UTF-8') } }
def jsonc = '{\n  // comment\n  "compilerOptions": {"strict": true,},\n}\n'
w('tsconfig.json', jsonc)
w('web/tsconfig.app.json', jsonc)
w('.vscode/settings.json', jsonc)
w('rush.json', jsonc)
w('.oxlintrc.json', jsonc)
w('package.json', jsonc)
w('dup.json', '{"a": 1,\n "a": 2}\n')
w('dup.yaml', 'a: 1\na: 2\n')
w('alias.yml', 'a: *nowhere\n')
w('latin1.json', ([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xE9, 0x22, 0x7D, 0x0A] as byte[]))
w('template.yaml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "${AWS::StackName}-b"\n      Tags: !GetAtt [A, Arn]\n')
git.init(basedir)
return true
