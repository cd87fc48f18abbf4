def git = evaluate(new File(itSupport, 'git.groovy'))
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
def w = { String name, Object content -> def f = new File(basedir, name); f.parentFile.mkdirs(); if (content instanceof byte[]) { f.bytes = content } else { f.setText(content, 'UTF-8') } }
// secret-shaped values are assembled here so that none is stored in the Tollgate repository
def pw = 'Vq3xT9' + 'mLp2Wz'
w('scripts/push.sh', 'git push https://deploy:' + pw + '@git.acme-corp.io/team/app.git\n')
w('src/main/resources/application.yml', 'spring:\n  datasource:\n    url: jdbc:postgresql://app:' + pw + '@db.acme-corp.io:5432/app\n')
w('appsettings.json', '{"Storage": "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=' + ('Zq8R2LmX9vT4kW7nB3cY6hJ1aP5sD0fG3jK6lM9oQ2uE7yI4wT1rV8bNcx' * 2).substring(0, 86) + '==;EndpointSuffix=core.windows.net"}\n')
w('mail/send.js', 'sg.setApiKey("SG.' + 'q8Zr2LmX9vT4kW7nB3cY6h' + '.' + 'Lp2WzVq3xT9mR5s8Tn3VaB7cD1eF4gH6jK9mN2pQ5rS' + '");\n')
w('.docker/config.json', '{"auths": {"registry.acme-corp.io": {"auth": "' + ('ci-bot:' + pw + 'Xy7').bytes.encodeBase64().toString() + '"}}}\n')
def bom = [0xFF, 0xFE] as byte[]
def utf16 = new ByteArrayOutputStream()
utf16.write(bom)
utf16.write(('"Token"="ghp_' + 'R8mKq2vXw7NpL4tYc9ZbH3sJd6FgA1eUo5Ti' + '"\r\n').getBytes('UTF-16LE'))
w('windows/settings.reg', utf16.toByteArray())
w('data/export.txt', ('header' + '\u0000' + '\nAWS_SECRET_ACCESS_KEY=' + 'q8Zr2LmX9vT4kW7nB3cY6hJ1' + 'xPq2R5s8Tn3VaB7c' + '\n').getBytes('UTF-8'))
w('short.properties', 'db.password=' + 'Xk9#mQ2!v' + '\n')
w('marker.properties', 'aws.accessKeyId=' + 'AKIA' + 'Q3EGRZTWBN5KX7VM' + ' # tollgate:allowed-by-nobody\n')
git.init(basedir)
return true
