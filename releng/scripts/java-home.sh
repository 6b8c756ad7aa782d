# Sourced by the project's scripts: sets JAVA_HOME to a JDK 21 or newer (Eclipse 4.39 and Derby 10.17 need it).
# Keeps a JAVA_HOME that is already 21+, else takes the newest JDK 21+ under /usr/lib/jvm.
steward_java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
steward_find_jdk() {
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/javac ]] && (( $(steward_java_major "$JAVA_HOME") >= 21 )); then return 0; fi
  local best="" best_major=0 j m
  for j in /usr/lib/jvm/*/ /opt/java/*/ /opt/*jdk*/; do
    j=${j%/}
    [[ -x $j/bin/javac ]] || continue
    m=$(steward_java_major "$j"); [[ $m =~ ^[0-9]+$ ]] || continue
    if (( m >= 21 && m > best_major )); then best=$j; best_major=$m; fi
  done
  if [[ -z $best ]]; then
    echo "No JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm). Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 25, or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
steward_find_jdk && export PATH="$JAVA_HOME/bin:$PATH"
