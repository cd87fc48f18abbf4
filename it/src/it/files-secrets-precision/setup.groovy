def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
def w = { String name, Object content -> def f = new File(basedir, name); f.parentFile.mkdirs(); if (content instanceof byte[]) { f.bytes = content } else { f.setText(content, 'UTF-8') } }
def hex = '3f2c9e1d4b5a69788c0d1e2f3a4b5c6d7e8f9a0b'
w('src/main/java/Auth.java', 'class Auth {\n  void set(String serviceAccountCredentials) {\n    this.serviceAccountCredentials = serviceAccountCredentials;\n    credentials = serviceAccountCredentials2;\n    Supplier<String> token = Tokens::currentToken;\n    String secret = "\\u001b[1;31m\\u001b[0m\\u001b[2K";\n  }\n}\n')
w('docs/download.md', 'Get it from https://storage.googleapis.com/b/o.tgz?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%40p.iam.gserviceaccount.com%2F20240101%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20240101T000000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=' + hex * 6 + '\n')
w('build.properties', 'build.token.revision=' + hex + '\n')
w('docs/aws.md', 'aws_access_key_id = AKIA' + 'X' * 16 + '\n')
w('docs/keys.md', '| private keys | `-----BEGIN PGP PRIVATE KEY BLOCK-----` marks one |\n| AWS | key ids |\n')
// a real-shaped key, allowed with a reason on the line above
w('src/test/resources/fixture.properties', '# tollgate:allow-next-line: rotated in 2024, kept as a parser fixture\naws.accessKeyId=' + 'AKIA' + 'Q3EGRZTWBN5KX7VM' + '\n')
git.init(basedir)
return true
