// Installs the build extension dev.tollgate.it:tg-packaging:1 into the IT's local repository: a jar
// holding only the lifecycle mapping and artifact handler of the packaging `tgbundle`.
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

def repository = binding.hasVariable('localRepositoryPath') ? new File(localRepositoryPath.toString())
        : new File(basedir, '../../local-repo')
def dir = new File(repository, 'dev/tollgate/it/tg-packaging/1')
dir.mkdirs()
new File(dir, 'tg-packaging-1.pom').setText('''<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.tollgate.it</groupId>
  <artifactId>tg-packaging</artifactId>
  <version>1</version>
</project>
''', 'UTF-8')
def components = '''<component-set>
  <components>
    <component>
      <role>org.apache.maven.lifecycle.mapping.LifecycleMapping</role>
      <role-hint>tgbundle</role-hint>
      <implementation>org.apache.maven.lifecycle.mapping.DefaultLifecycleMapping</implementation>
      <configuration>
        <lifecycles>
          <lifecycle>
            <id>default</id>
            <phases>
              <process-resources>org.apache.maven.plugins:maven-resources-plugin:resources</process-resources>
              <compile>org.apache.maven.plugins:maven-compiler-plugin:3.14.0:compile</compile>
              <install>org.apache.maven.plugins:maven-install-plugin:3.1.4:install</install>
            </phases>
          </lifecycle>
        </lifecycles>
      </configuration>
    </component>
    <component>
      <role>org.apache.maven.artifact.handler.ArtifactHandler</role>
      <role-hint>tgbundle</role-hint>
      <implementation>org.apache.maven.artifact.handler.DefaultArtifactHandler</implementation>
      <configuration>
        <type>tgbundle</type>
        <extension>jar</extension>
        <packaging>tgbundle</packaging>
        <language>java</language>
        <addedToClasspath>true</addedToClasspath>
      </configuration>
    </component>
  </components>
</component-set>
'''
new File(dir, 'tg-packaging-1.jar').withOutputStream { out ->
    def zip = new ZipOutputStream(out)
    zip.putNextEntry(new ZipEntry('META-INF/plexus/components.xml'))
    zip.write(components.getBytes('UTF-8'))
    zip.closeEntry()
    zip.close()
}
return true
