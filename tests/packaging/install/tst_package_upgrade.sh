#!/bin/bash
# An upgrade over the previous build keeps the store, its outbox and the credential, the
# upgraded kiosk migrates the store at its first start, and every request written before the
# upgrade reaches the server.
#
# The "previous build" is these same packages re-versioned lower (0.1.0~prev-1): building an
# older commit in every run would double the build time. What an older kiosk would have left
# behind is made explicit instead: its store is created at an older schema version with the
# store's own migrations (Migrations::apply(db, 8)), so the new kiosk has steps to run.
# Version 8 is the oldest a help request can be written at: its confirmation code is checked
# against every table that hands out codes, and certificate_applications came with 8.
source "$(dirname "$0")/harness.sh"

OLD_SCHEMA=8
HELP_REQUESTS=5
STAFF_CALLS=2

[[ -x $WAITING_REQUESTS ]] || fail "the waiting-requests helper is not built (KIOSK_WAITING_REQUESTS=$WAITING_REQUESTS)"
make_root
prepare_dependencies

# The previous build: dpkg-deb -R, Version (and the packages' exact dependencies on each
# other) lowered, dpkg-deb -b.
new_version=$(dpkg-deb -f "${DEBS[0]}" Version)
old_version=${new_version%%-*}~prev-1
mkdir -p "$ROOT/var/tmp/debs-previous"
for deb in "${DEBS[@]}"; do
    unpacked=$WORK/unpacked-$(basename "$deb" .deb)
    dpkg-deb -R "$deb" "$unpacked"
    sed -i -e "s/^Version: .*/Version: $old_version/" -e "s/(= $new_version)/(= $old_version)/g" \
        "$unpacked/DEBIAN/control"
    dpkg-deb --root-owner-group -b "$unpacked" "$ROOT/var/tmp/debs-previous/" > /dev/null
    rm -rf "$unpacked"
done
step "previous build made: $old_version (new: $new_version)"

latest=$("$WAITING_REQUESTS" --latest)
in_root_script "$old_version" "$OLD_SCHEMA" "$HELP_REQUESTS" "$STAFF_CALLS" <<'EOF'
old_version=$1 old_schema=$2 help_requests=$3 staff_calls=$4
apt_install /var/tmp/debs-previous/*.deb
expect_eq "$(dpkg-query -W -f '${Version}' station-kiosk)" "$old_version" "previous station-kiosk installed"

start_server_from_unit 0
echo "$SERVER_PORT" > $TEST_DIR/server-port
server_admin station-create --station-id pkg-upgrade --name "Upgrade test station" \
    --enrollment-code PKG-UPGRADE-CODE > $TEST_DIR/admin.out || { cat $TEST_DIR/admin.out; fail "station-create"; }

# The station's technician edits the conffile in place: dpkg must keep this on the upgrade.
config=/etc/station-kiosk/kiosk.ini
ini_set $config station id pkg-upgrade
ini_set $config server url "$SERVER_URL"
ini_set $config server enrollment_code PKG-UPGRADE-CODE
ini_set $config reader transport simulated
sha256sum $config | cut -d' ' -f1 > $TEST_DIR/config-edited.sha

# Enrollment by the previous kiosk. It would make its store at today's schema (it is today's
# code), so it enrolls with a store of its own elsewhere; the station's store is made below at
# the older schema.
enroll_config=$TEST_DIR/enroll.ini
cp $config $enroll_config
ini_set $enroll_config store path $TEST_DIR/enroll-store/kiosk.db
install -d -o kiosk -g kiosk $TEST_DIR/enroll-store
chown root:kiosk $enroll_config
chmod 0640 $enroll_config
as_kiosk kiosk --config $enroll_config > $TEST_DIR/enroll.out 2>&1 &
kiosk=$!
for ((i = 0; i < 600; ++i)); do
    [[ -s /etc/station-kiosk/credential ]] && break
    kill -0 $kiosk 2> /dev/null || break
    sleep 0.1
done
kill -TERM $kiosk 2> /dev/null || true
wait $kiosk 2> /dev/null || true
[[ -s /etc/station-kiosk/credential ]] || { tail -20 $TEST_DIR/enroll.out; fail "the previous kiosk did not enroll"; }
expect_eq "$(stat -c '%a %U' /etc/station-kiosk/credential)" "600 kiosk" "credential after enrollment"

# The server goes down; visitors' requests wait in the outbox of the station's store.
stop_server
store=/var/lib/station-kiosk/kiosk.db
[[ ! -e $store ]] || fail "$store exists before the helper made it"
as_kiosk /opt/kiosk-test-bin/waiting-requests --store $store --schema "$old_schema" \
    --help-requests "$help_requests" --staff-calls "$staff_calls" > $TEST_DIR/written || fail "waiting-requests"
grep -v '^schema ' $TEST_DIR/written | sort > $TEST_DIR/written-ids
expect_eq "$(schema_version $store)" "$old_schema" "store schema before the upgrade"
expect_eq "$(kiosk_sqlite $store 'SELECT count(*) FROM outbox WHERE parked_reason IS NULL')" \
    "$((help_requests + staff_calls))" "requests waiting in the outbox"
EOF
step "previous build installed, enrolled, $((HELP_REQUESTS + STAFF_CALLS)) requests waiting at schema $OLD_SCHEMA"

# What must survive the upgrade, taken from the host without opening the store for writing.
store=$ROOT/var/lib/station-kiosk/kiosk.db
outbox_dump() {
    sqlite3 "file:$store?immutable=1" "SELECT id, kind, payload, created_at, attempts FROM outbox ORDER BY id"
}
[[ ! -e $store-wal || ! -s $store-wal ]] || fail "the store's write-ahead log was not checkpointed by the helper"
store_sha=$(sha "$store")
credential_sha=$(sha "$ROOT/etc/station-kiosk/credential")
outbox_dump > "$WORK/outbox-before"

in_root_script "$new_version" <<'EOF'
new_version=$1
apt_install /var/tmp/debs/*.deb
expect_eq "$(dpkg-query -W -f '${Version}' station-kiosk)" "$new_version" "station-kiosk upgraded"
expect_eq "$(sha256sum /etc/station-kiosk/kiosk.ini | cut -d' ' -f1)" "$(cat $TEST_DIR/config-edited.sha)" \
    "the technician's kiosk.ini kept by dpkg (hash)"
EOF
step "upgraded to $new_version"

[[ $(sha "$store") == "$store_sha" ]] || fail "the upgrade changed the store file"
[[ $(sha "$ROOT/etc/station-kiosk/credential") == "$credential_sha" ]] || fail "the upgrade changed the credential"
outbox_dump | diff "$WORK/outbox-before" - > /dev/null || fail "the upgrade changed the outbox rows"
echo "  ok: store, outbox rows and credential unchanged by the upgrade (sha256)"

in_root_script "$latest" <<'EOF'
latest=$1
start_server_from_unit "$(cat $TEST_DIR/server-port)"
store=/var/lib/station-kiosk/kiosk.db
# The upgraded kiosk, as its unit starts it (its conffile); it migrates the store and delivers
# the outbox at start.
as_kiosk kiosk --config /etc/station-kiosk/kiosk.ini > $TEST_DIR/kiosk.out 2>&1 &
kiosk=$!
server_db=${SERVER_DB#sqlite:}
expected=$(wc -l < $TEST_DIR/written-ids)
arrived=0 waiting=
for ((i = 0; i < 900; ++i)); do
    arrived=$(runuser -u "$SERVER_USER" -- sqlite3 "$server_db" "SELECT id FROM records WHERE station_id = 'pkg-upgrade'" \
              2> /dev/null | sort | comm -12 - $TEST_DIR/written-ids | wc -l)
    # Delivered means the server has it and the kiosk emptied its outbox on the server's answer.
    waiting=$(kiosk_sqlite $store 'SELECT count(*) FROM outbox' 2> /dev/null || true)
    (( arrived == expected )) && [[ $waiting == 0 ]] && break
    kill -0 $kiosk 2> /dev/null || break
    sleep 0.1
done
kill -TERM $kiosk 2> /dev/null || true
wait $kiosk 2> /dev/null || true
stop_server
(( arrived == expected )) || { tail -30 $TEST_DIR/kiosk.out; fail "$arrived of $expected requests reached the server"; }
pass "every request written before the upgrade reached the server ($arrived of $expected, by id)"
expect_eq "$(kiosk_sqlite $store 'SELECT count(*) FROM outbox')" 0 "outbox after delivery"
expect_eq "$(schema_version $store)" "$latest" "store schema after the first start"
EOF
step "done"
