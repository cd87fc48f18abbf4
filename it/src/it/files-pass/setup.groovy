def git = evaluate(new File(itSupport, 'git.groovy'))
// invoker's build.log exists before the repository: keep it (and target/) out of git
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
new File(basedir, 'docs').mkdirs()
new File(basedir, 'docs/guide.md').setText('Install\n=======\n\nLine with a hard break  \nnext line.\n\n' +
    'Set `aws_access_key_id = AKIAIOSFODNN7EXAMPLE` in your profile.\n', 'UTF-8')
new File(basedir, 'app.properties').setText('db.password=${DB_PASSWORD}\nname=demo\n', 'UTF-8')
new File(basedir, 'config.yaml').setText('server:\n  port: 8080\n  password: "{{ vault.db }}"\n', 'UTF-8')
new File(basedir, 'data.json').setText('{"items": [1, 2, {"a": null}]}\n', 'UTF-8')
new File(basedir, 'public.pem').setText('-----BEGIN PUBLIC KEY-----\n' + ('A' * 64) + '\n-----END PUBLIC KEY-----\n', 'UTF-8')
git.init(basedir)
new File(basedir, 'untracked.txt').setText('<<<<<<< HEAD\nnot scanned: untracked \n', 'UTF-8')
// a falsy last value would make invoker skip the build
return true
