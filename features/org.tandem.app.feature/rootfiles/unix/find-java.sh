# Finds a Java 21 or newer; sourced by the Tandem launcher and by the scripts of the source tree.
# After `tandem_find_java`, TANDEM_JAVA is the java executable; without one, it prints a single
# line that says what to install and returns 1.  It tries JAVA_HOME, the java on the PATH, then
# the newest JDK in the folders of TANDEM_JDK_SEARCH (default: Linux's /usr/lib/jvm and the macOS
# JDK folder).  POSIX sh: macOS still ships bash 3.2.

tandem_java_major() {
	# "17.0.15", "21", "25.0.1" -> 17, 21, 25; old "1.8.0_402" -> 1
	"$1" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

tandem_java_ok() {
	[ -x "$1" ] || return 1
	major=$(tandem_java_major "$1")
	[ -n "$major" ] && [ "$major" -ge 21 ]
}

tandem_find_java() {
	TANDEM_JAVA=
	older=
	if [ -n "${JAVA_HOME:-}" ]; then
		if tandem_java_ok "$JAVA_HOME/bin/java"; then TANDEM_JAVA=$JAVA_HOME/bin/java; return 0; fi
		older="$JAVA_HOME/bin/java"
	fi
	path_java=$(command -v java 2>/dev/null || true)
	if [ -n "$path_java" ]; then
		if tandem_java_ok "$path_java"; then TANDEM_JAVA=$path_java; return 0; fi
		older=${older:-$path_java}
	fi
	best=; best_major=0
	search=${TANDEM_JDK_SEARCH-/usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home}
	for jdk in $search; do
		candidate=$jdk/bin/java
		[ -x "$candidate" ] || continue
		major=$(tandem_java_major "$candidate")
		if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
			best=$candidate; best_major=$major
		fi
	done
	if [ -n "$best" ]; then TANDEM_JAVA=$best; return 0; fi
	if [ -n "$older" ]; then
		found=" (found Java $(tandem_java_major "$older") at $older)"
	else
		found=""
	fi
	echo "Tandem needs Java 21 or newer$found: install a JDK 21+ (for example the package openjdk-21-jdk or Temurin 21) and set JAVA_HOME to it." >&2
	return 1
}

# The JDK folder of TANDEM_JAVA, for tools such as the Maven Wrapper that want JAVA_HOME.
tandem_java_home() {
	java_bin=$(dirname "$TANDEM_JAVA")
	(cd "$java_bin/.." && pwd -P)
}
