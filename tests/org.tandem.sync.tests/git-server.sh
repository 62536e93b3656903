#!/usr/bin/env bash
# The project's copy of the test server (tests/org.tandem.sync.tests and tests/org.tandem.product.tests use it).
# start-git-server.sh ROOT_DIR USER PASSWORD  ->  prints "PORT PID"; stop with: kill PID
# git http-backend (CGI) under lighttpd on 127.0.0.1, basic auth on every request.
# Serves every bare repo under ROOT_DIR: http://USER:PASSWORD@127.0.0.1:PORT/<repo>.git
# Writes only ROOT_DIR/.git-server/ (config, users, pid, tmp) and ROOT_DIR/git-server-*.log.
# Needs: apt-get install git lighttpd. Env: GIT_SERVER_PORT (fixed port), GIT_SERVER_START_TIMEOUT (s).
set -euo pipefail
die() { echo "start-git-server: $*" >&2; exit 1; }
[ $# -eq 3 ] || die "usage: $0 ROOT_DIR USER PASSWORD"
root=$(cd -- "$1" 2>/dev/null && pwd -P) || die "root dir '$1' does not exist"
user=$2 pass=$3
case $root in *[\"\\\$\'[:cntrl:]]*) die "root path must not contain quotes, backslash, \$ or control chars" ;; esac
case $user in "" | *[:[:cntrl:]]*) die "user must be non-empty, without ':' or control chars" ;; esac
case $pass in "" | *[[:cntrl:]]*) die "password must be non-empty, without control chars" ;; esac
command -v lighttpd >/dev/null || die "lighttpd not installed (apt-get install lighttpd)"
backend="$(git --exec-path)/git-http-backend"
[ -x "$backend" ] || die "git-http-backend not found at $backend"
timeout_s=${GIT_SERVER_START_TIMEOUT:-20}
state="$root/.git-server"
mkdir -p "$state/tmp" "$state/htdocs"
rm -f "$state"/tmp/lighttpd-upload-* # request bodies left by a SIGKILLed server
(umask 077 && printf '%s:%s\n' "$user" "$pass" >"$state/users")
conf="$state/lighttpd.conf" pidfile="$state/lighttpd.pid" out="$root/git-server-stdout.log"

write_conf() { # $1 = port
  cat >"$conf" <<EOF
server.modules = ( "mod_access", "mod_alias", "mod_setenv", "mod_auth", "mod_authn_file", "mod_cgi", "mod_accesslog" )
server.bind = "127.0.0.1"
server.port = $1
server.document-root = "$state/htdocs"
server.pid-file = "$pidfile"
server.errorlog = "$root/git-server-error.log"
accesslog.filename = "$root/git-server-access.log"
server.upload-dirs = ( "$state/tmp" )
# must stay 0: 1 or 2 make mod_cgi answer 411 to chunked POSTs (git/JGit pushes > 1 MiB)
server.stream-request-body = 0
server.stream-response-body = 2
server.max-request-size = 0
alias.url = ( "/" => "$backend/" )
cgi.assign = ( "" => "" )
setenv.set-environment = (
  "GIT_PROJECT_ROOT" => "$root",
  "GIT_HTTP_EXPORT_ALL" => "1",
  "GIT_CONFIG_NOSYSTEM" => "1",
  "GIT_CONFIG_COUNT" => "1",
  "GIT_CONFIG_KEY_0" => "safe.directory",
  "GIT_CONFIG_VALUE_0" => "*",
)
auth.backend = "plain"
auth.backend.plain.userfile = "$state/users"
auth.require = ( "/" => ( "method" => "basic", "realm" => "git", "require" => "valid-user" ) )
EOF
}

accepts() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

for attempt in 1 2 3 4 5 6 7 8 9 10; do
  port=${GIT_SERVER_PORT:-$((20000 + RANDOM % 12000))} # below Linux's ephemeral range
  if [ -z "${GIT_SERVER_PORT:-}" ] && accepts "$port"; then continue; fi
  write_conf "$port"
  rm -f "$pidfile"
  # lighttpd daemonizes; its parent exits 0 only after the socket is bound
  if timeout "$timeout_s" lighttpd -f "$conf" </dev/null >>"$out" 2>&1; then
    for _ in $(seq 1 $((timeout_s * 10))); do
      if [ -s "$pidfile" ] && accepts "$port"; then
        echo "$port $(cat "$pidfile")"
        exit 0
      fi
      sleep 0.1
    done
    [ -s "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
    die "lighttpd started but port $port never accepted; see $out"
  fi
  [ -n "${GIT_SERVER_PORT:-}" ] && break
done
tail -n 5 "$out" >&2 || true
die "could not start lighttpd; see $out and $root/git-server-error.log"
