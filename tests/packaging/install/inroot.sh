# shellcheck shell=bash
# Sourced inside the Debian 12 root (harness.sh copies it to /var/tmp/kiosk-test): installing the
# packages, starting kiosk-server the way its unit would, running the installed kiosk.
# The root has bash, coreutils, awk, apt, systemd's tools and sqlite3; no python.

TEST_DIR=/var/tmp/kiosk-test
SERVER_UNIT=/lib/systemd/system/kiosk-server.service
KIOSK_HOME=/var/lib/station-kiosk

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

pass() {
    echo "  ok: $*"
}

# expect_eq ACTUAL EXPECTED WHAT
expect_eq() {
    [[ $1 == "$2" ]] || fail "$3: got '$1', expected '$2'"
    pass "$3: $1"
}

apt_install() {
    apt-get -q -y --no-install-recommends install "$@" > $TEST_DIR/apt.log 2>&1 \
        || { tail -30 $TEST_DIR/apt.log >&2; fail "apt-get install $*"; }
}

# ini_set FILE SECTION KEY VALUE: sets KEY in [SECTION], in place of its line (commented out
# or not) when there is one, else at the section's end (the section is added when missing).
ini_set() {
    local tmp
    tmp=$(mktemp)
    awk -v sec="[$2]" -v key="$3" -v val="$4" '
        function put() { print key " = " val; done = 1 }
        /^[ \t]*\[/ { if (inside && !done) put(); inside = ($1 == sec); print; next }
        inside && !done && $0 ~ ("^[ \t#;]*" key "[ \t]*=") { put(); next }
        { print }
        END { if (!done) { if (!inside) print sec; put() } }' "$1" > "$tmp"
    cat "$tmp" > "$1" # keeps the file's owner and mode
    rm -f "$tmp"
}

# The values of KEY= in a unit's [Service] section, one a line (a key may be repeated).
unit_values() {
    awk -v key="$2" '/^\[/ { section = $0 } section == "[Service]" && index($0, key "=") == 1 {
        print substr($0, length(key) + 2) }' "$1"
}

# Starts kiosk-server as its unit would, on 127.0.0.1:PORT (0: any free port): the unit's
# Environment=, EnvironmentFile= and LoadCredential=, its ExecStart= with the variables and %d
# expanded and only the --listen address changed, as the unit's user, with its UMask=.
# DynamicUser= (a user made at each start) has no systemd here to make it, so a system user
# stands in for it and owns StateDirectory=.
# Sets SERVER_PID, SERVER_URL, SERVER_PORT, SERVER_DB, SERVER_USER.
start_server_from_unit() {
    local port=${1:-0} line exec state arg
    [[ -f $SERVER_UNIT ]] || fail "$SERVER_UNIT is not installed"
    while IFS= read -r line; do
        eval "export $line"
    done < <(unit_values $SERVER_UNIT Environment)
    while IFS= read -r line; do
        line=${line#-}
        if [[ -f $line ]]; then
            set -a
            # shellcheck disable=SC1090
            source "$line"
            set +a
        fi
    done < <(unit_values $SERVER_UNIT EnvironmentFile)
    SERVER_USER=$(unit_values $SERVER_UNIT User | tail -1)
    if [[ -z $SERVER_USER ]]; then
        SERVER_USER=kiosk-server-dynamic
        getent passwd $SERVER_USER > /dev/null \
            || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin $SERVER_USER
    fi
    for state in $(unit_values $SERVER_UNIT StateDirectory); do
        mkdir -p "/var/lib/$state"
        chown "$SERVER_USER:" "/var/lib/$state"
        chmod 0700 "/var/lib/$state"
    done
    # LoadCredential=NAME:PATH: systemd hands the service a read-only copy in its credentials
    # folder ($CREDENTIALS_DIRECTORY, %d in the unit); so does this.
    local credentials=$TEST_DIR/credentials/kiosk-server.service name
    rm -rf "$credentials"
    install -d -m 0500 -o "$SERVER_USER" "$credentials"
    while IFS= read -r line; do
        name=${line%%:*}
        [[ -f ${line#*:} ]] || fail "the unit's credential ${line#*:} does not exist"
        install -m 0400 -o "$SERVER_USER" "${line#*:}" "$credentials/$name"
    done < <(unit_values $SERVER_UNIT LoadCredential)
    export CREDENTIALS_DIRECTORY=$credentials
    exec=$(unit_values $SERVER_UNIT ExecStart | tail -1)
    exec=${exec#[-@:+!]}
    exec=${exec//%d/$credentials}
    [[ $exec != *%[a-ce-zA-Z]* ]] || fail "ExecStart has a specifier this harness does not expand: $exec"
    local -a words command=()
    eval "words=($exec)"
    SERVER_DB=
    local next_is=
    for arg in "${words[@]}"; do
        case $next_is in
            listen) arg=127.0.0.1:$port ;;
            db) SERVER_DB=$arg ;;
        esac
        next_is=
        case $arg in
            --listen) next_is=listen ;;
            --listen=*) arg=--listen=127.0.0.1:$port ;;
            --db) next_is=db ;;
            --db=*) SERVER_DB=${arg#--db=} ;;
        esac
        command+=("$arg")
    done
    echo "  server: ${command[*]} (as $SERVER_USER)"
    : > $TEST_DIR/server.out
    local umask_value
    umask_value=$(unit_values $SERVER_UNIT UMask | tail -1)
    (umask "${umask_value:-0022}" && exec runuser -u "$SERVER_USER" -- "${command[@]}") \
        > $TEST_DIR/server.out 2> $TEST_DIR/server.err &
    SERVER_PID=$!
    local i
    for ((i = 0; i < 200; ++i)); do
        if [[ $(head -1 $TEST_DIR/server.out) =~ listening\ on\ 127\.0\.0\.1:([0-9]+) ]]; then
            SERVER_PORT=${BASH_REMATCH[1]}
            SERVER_URL=http://127.0.0.1:$SERVER_PORT
            pass "kiosk-server from its unit's ExecStart listens on $SERVER_URL"
            return 0
        fi
        kill -0 $SERVER_PID 2> /dev/null || break
        sleep 0.1
    done
    cat $TEST_DIR/server.err >&2
    fail "kiosk-server started from $SERVER_UNIT's ExecStart did not listen"
}

stop_server() {
    kill -TERM "$SERVER_PID" 2> /dev/null || true
    wait "$SERVER_PID" 2> /dev/null || true
}

# kiosk-server admin COMMAND ... on the server's database, as the server's user (its key file
# beside the SQLite file is that user's, 0600).
server_admin() {
    runuser -u "$SERVER_USER" -- kiosk-server admin "$@" --db "$SERVER_DB"
}

# The installed kiosk as the kiosk user, offscreen (no display here), as the unit would run it.
as_kiosk() {
    runuser -u kiosk -- env HOME=$KIOSK_HOME QT_QPA_PLATFORM=offscreen "$@"
}

# check_lines_ok OUTPUT: every check of `kiosk --check`, in the design's order, said "ok".
expect_all_checks_ok() {
    local output=$1 name n=0
    local -a lines
    mapfile -t lines <<< "$output"
    for name in config store credential reader speech audio server; do
        [[ ${lines[n]:-} =~ ^ok\ \ \ $name:\ . ]] || fail "kiosk --check line $((n + 1)) is not 'ok   $name: ...': '${lines[n]:-}'"
        n=$((n + 1))
    done
    [[ ${#lines[@]} == "$n" ]] || fail "kiosk --check printed ${#lines[@]} lines, expected $n"
    pass "kiosk --check: all $n checks ok"
}

# sqlite3 on the kiosk's store as the kiosk user: root would leave a write-ahead log the kiosk
# cannot open.
kiosk_sqlite() {
    runuser -u kiosk -- sqlite3 "$@"
}

schema_version() {
    kiosk_sqlite "$1" 'PRAGMA user_version'
}
