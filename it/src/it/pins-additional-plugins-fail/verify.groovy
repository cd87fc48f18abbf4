def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('pom.xml:9:5: [missing-version] plugin org.sonarsource.scanner.maven:sonar-maven-plugin is run from the command line (additionalPlugins) but the build pins no version of it')
assert !log.contains('plugin org.codehaus.mojo:versions-maven-plugin is run from the command line')
// the combined snippet pins it where the finding points
assert log.contains('Tollgate pins: pin 1 plugin at once')
assert log.contains('<artifactId>sonar-maven-plugin</artifactId>')
assert log.contains('tollgate pins: 1 error')
assert log.contains('BUILD FAILURE')
