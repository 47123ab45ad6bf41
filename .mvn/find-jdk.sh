# Sourced by ./mvnw, ./minecarbon and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Order: JAVA_HOME if it is new enough, then /usr/lib/jvm/temurin-25*, then any JDK >= 21 there.
_mc_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}
_mc_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  _mc_v=$(_mc_java_major "$1")
  [ -n "$_mc_v" ] && [ "${_mc_v%%.*}" -ge 21 ] 2>/dev/null
}
if [ -n "${JAVA_HOME:-}" ] && _mc_ok "$JAVA_HOME"; then
  :
else
  _mc_found=""
  for _mc_c in /usr/lib/jvm/temurin-25* /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]* /usr/lib/jvm/*; do
    if [ -d "$_mc_c" ] && _mc_ok "$_mc_c"; then _mc_found="$_mc_c"; break; fi
  done
  if [ -z "$_mc_found" ]; then
    echo "MineCarbon needs a JDK 21 or newer, and none was found." >&2
    echo "  JAVA_HOME=${JAVA_HOME:-<unset>} is missing or older than 21; /usr/lib/jvm has no JDK >= 21." >&2
    echo "  Install one (e.g. Temurin 21/25) and set JAVA_HOME to it." >&2
    exit 1
  fi
  export JAVA_HOME="$_mc_found"
fi
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.9 on JDK >= 24 warns about sun.misc.Unsafe (Guice); silence only that warning.
_mc_major=$(_mc_java_major "$JAVA_HOME")
if [ "${_mc_major%%.*}" -ge 24 ] 2>/dev/null; then
  case " ${MAVEN_OPTS:-} " in
    *sun-misc-unsafe-memory-access*) ;;
    *) export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}" ;;
  esac
fi
