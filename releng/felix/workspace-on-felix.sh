#!/usr/bin/env bash
# Smoke check: the workspace bundle (JGit, DS, field encryption, SSH push) on Apache Felix 7 instead of Equinox.
# Needs the bundles built (./mvnw -o verify -pl bundles/org.steward.workspace,bundles/org.steward.testing -am), ~/.m2
# filled, and Debian openssh-server + git (a real sshd is started on a free loopback port for the SSH push).
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/java-home.sh
r=${MAVEN_REPO:-$HOME/.m2/repository}
jars=(
  $r/org/osgi/org.osgi.util.function/1.2.0/org.osgi.util.function-1.2.0.jar
  $r/org/osgi/org.osgi.util.promise/1.3.0/org.osgi.util.promise-1.3.0.jar
  $r/org/osgi/org.osgi.service.component/1.5.1/org.osgi.service.component-1.5.1.jar
  $r/org/apache/felix/org.apache.felix.log/1.3.0/org.apache.felix.log-1.3.0.jar
  $r/org/apache/felix/org.apache.felix.configadmin/1.9.26/org.apache.felix.configadmin-1.9.26.jar
  $r/org/apache/felix/org.apache.felix.scr/2.2.18/org.apache.felix.scr-2.2.18.jar
  $r/org/ow2/asm/asm/9.11.1/asm-9.11.1.jar $r/org/ow2/asm/asm-commons/9.11.1/asm-commons-9.11.1.jar
  $r/org/ow2/asm/asm-tree/9.11.1/asm-tree-9.11.1.jar $r/org/ow2/asm/asm-util/9.11.1/asm-util-9.11.1.jar
  $r/org/ow2/asm/asm-analysis/9.11.1/asm-analysis-9.11.1.jar
  $r/org/apache/aries/spifly/org.apache.aries.spifly.dynamic.bundle/1.3.7/org.apache.aries.spifly.dynamic.bundle-1.3.7.jar
  $r/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar $r/org/slf4j/slf4j-simple/2.0.17/slf4j-simple-2.0.17.jar
  $r/com/googlecode/javaewah/JavaEWAH/1.2.3/JavaEWAH-1.2.3.jar $r/commons-codec/commons-codec/1.22.1/commons-codec-1.22.1.jar
  $r/org/eclipse/jgit/org.eclipse.jgit/7.8.1.202611041320-r/org.eclipse.jgit-7.8.1.202611041320-r.jar
  $r/org/eclipse/jgit/org.eclipse.jgit.ssh.apache/7.8.1.202611041320-r/org.eclipse.jgit.ssh.apache-7.8.1.202611041320-r.jar
  $r/org/apache/sshd/sshd-osgi/2.19.0/sshd-osgi-2.19.0.jar $r/org/apache/sshd/sshd-sftp/2.19.0/sshd-sftp-2.19.0.jar
  $r/org/bouncycastle/bcprov-jdk18on/1.84/bcprov-jdk18on-1.84.jar
  bundles/org.steward.workspace/target/org.steward.workspace-0.1.0-SNAPSHOT.jar
)
exec java -cp "$r/org/apache/felix/org.apache.felix.framework/7.0.5/org.apache.felix.framework-7.0.5.jar:bundles/org.steward.testing/target/org.steward.testing-0.1.0-SNAPSHOT.jar" \
  releng/felix/WorkspaceOnFelix.java "${jars[@]}"
