def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('pipe.txt') : 'the FIFO must be named'
assert log.contains('FIFO (named pipe) where git tracks a file')
assert log.contains('config.yaml')
assert log.contains('directory where git tracks a file')
assert log.contains('git checkout -- pipe.txt')
assert log.contains('BUILD FAILURE')
