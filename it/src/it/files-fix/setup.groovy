def git = evaluate(new File(itSupport, 'git.groovy'))
// invoker's build.log exists before the repository: keep it (and target/) out of git
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
def w = { String name, byte[] bytes -> def f = new File(basedir, name); f.parentFile.mkdirs(); f.bytes = bytes }
w('a.txt', 'one  \r\ntwo\t\r\nthree'.getBytes('UTF-8'))
w('b.md', ([0xEF, 0xBB, 0xBF] as byte[]) as List<Byte> + ('Title\nhard break  \nend\n\n\n'.getBytes('UTF-8') as List<Byte>) as byte[])
w('run.sh', '#!/bin/sh\necho hi   \n'.getBytes('UTF-8'))
w('bin.dat', ([1, 0, 32, 10, 32, 32] as byte[]))
new File(basedir, 'run.sh').setExecutable(true)
git.init(basedir)
w('untracked.txt', 'left alone   \n'.getBytes('UTF-8'))
// a falsy last value would make invoker skip the build
return true
