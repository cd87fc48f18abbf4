// Installs the released parent org.apache.maven:maven-tg-parent:7 into the IT's local repository,
// as Maven would after downloading it: the build under test reads it from there, not from a file.
def repository = binding.hasVariable('localRepositoryPath') ? new File(localRepositoryPath.toString())
        : new File(basedir, '../../local-repo')
def dir = new File(repository, 'org/apache/maven/maven-tg-parent/7')
dir.mkdirs()
def managed = ['clean:3.5.0', 'resources:3.3.1', 'compiler:3.14.0', 'surefire:3.5.3', 'jar:3.4.2',
               'install:3.1.4', 'deploy:3.1.4', 'site:3.21.0'].collect {
    def (name, version) = it.split(':')
    """        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-${name}-plugin</artifactId>
          <version>${version}</version>
        </plugin>"""
}.join('\n')
new File(dir, 'maven-tg-parent-7.pom').setText("""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.apache.maven</groupId>
  <artifactId>maven-tg-parent</artifactId>
  <version>7</version>
  <packaging>pom</packaging>
  <build>
    <pluginManagement>
      <plugins>
${managed}
      </plugins>
    </pluginManagement>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-enforcer-plugin</artifactId>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-shade-plugin</artifactId>
        <version>[3.0,4.0)</version>
      </plugin>
    </plugins>
  </build>
</project>
""", 'UTF-8')
return true
