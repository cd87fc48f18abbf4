new File(basedir, 'COMMIT_EDITMSG').setText('''Fixed the login bug.
# Please enter the commit message for your changes.
''', 'UTF-8')

// a pre-build script that returns anything but true stops the build before Maven runs
return true
