def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
['scripts/push.sh:1', 'src/main/resources/application.yml:3', 'appsettings.json:1', 'mail/send.js:1',
 '.docker/config.json:1', 'windows/settings.reg:1', 'data/export.txt:2', 'short.properties:1', 'marker.properties:1'].each {
    assert log.contains(it + ':') : "no finding at ${it}"
}
assert log.contains('password in a URL Vq3…(12 chars)')
assert log.contains('Xk…(9 chars)') && !log.contains('Xk9#')
assert !log.contains('Vq3xT9mLp2Wz') && !log.contains('Q3EGRZTWBN5KX7VM')
return true
