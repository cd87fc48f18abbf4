def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.run(basedir, 'switch', '-q', '-c', 'feature')
git.commit(basedir, 'feat(api): add the endpoint', 'API.txt')
new File(basedir, 'event.json').setText('''{"action": "opened", "number": 7,
  "pull_request": {"number": 7, "title": "Add the endpoint", "body": null,
    "head": {"ref": "feature"}, "base": {"ref": "main"}}}''', 'UTF-8')
new File(basedir, '.git/info/exclude') << 'event.json\nbuild.log\ntarget/\n'
return true
