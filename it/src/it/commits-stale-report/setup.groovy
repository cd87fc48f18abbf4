def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
git.init(basedir)
git.commit(basedir, 'feat: a good one')
// the reports of an earlier run, which found nothing: CI must not upload them as this run's
def reports = new File(basedir, 'target/tollgate')
reports.mkdirs()
new File(reports, 'commits.json').setText('{"schemaVersion": 1, "goal": "commits", "findings": []}\n', 'UTF-8')
new File(reports, 'commits.sarif').setText('{"version": "2.1.0", "runs": []}\n', 'UTF-8')
new File(reports, 'files.json').setText('{"schemaVersion": 1, "goal": "files", "findings": []}\n', 'UTF-8')
return true
