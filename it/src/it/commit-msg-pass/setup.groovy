def git = evaluate(new File(itSupport, 'git.groovy'))
git.init(basedir)
git.run(basedir, 'config', 'core.commentChar', ';')
new File(basedir, 'COMMIT_EDITMSG').setText('''feat(hooks): check messages before they land

#1 explains why (this line is no comment: the comment char is ';').
; Please enter the commit message for your changes.
; Lines starting with ';' will be ignored.
; ------------------------ >8 ------------------------
Update Stuff.
''', 'UTF-8')

// a pre-build script that returns anything but true stops the build before Maven runs
return true
