#!/bin/bash
# A store written by a newer kiosk (as after a downgrade of the package) is refused with the
# store's TooNew message, by `kiosk --check` and by the kiosk itself, and never changed or
# deleted: the requests in it wait for the newer kiosk to come back.
source "$(dirname "$0")/harness.sh"

[[ -x $WAITING_REQUESTS ]] || fail "the waiting-requests helper is not built (KIOSK_WAITING_REQUESTS=$WAITING_REQUESTS)"
make_root
prepare_dependencies
latest=$("$WAITING_REQUESTS" --latest)
newer=$((latest + 1))

in_root_script "$newer" <<'EOF'
newer=$1
apt_install /var/tmp/debs/*.deb
store=/var/lib/station-kiosk/kiosk.db
config=$TEST_DIR/kiosk.ini
cp /etc/station-kiosk/kiosk.ini $config
ini_set $config reader transport simulated # no card reader in a container
chown root:kiosk $config
chmod 0640 $config

# A server and an enrollment code, so that of kiosk --check's checks only the store can fail.
start_server_from_unit 0
echo "$SERVER_PORT" > $TEST_DIR/server-port
server_admin station-create --station-id pkg-downgrade --name "Downgrade test station" \
    --enrollment-code PKG-DOWNGRADE-CODE > $TEST_DIR/admin.out || { cat $TEST_DIR/admin.out; fail "station-create"; }
stop_server
ini_set $config station id pkg-downgrade
ini_set $config server url "$SERVER_URL"
ini_set $config server enrollment_code PKG-DOWNGRADE-CODE

# A store with requests in its outbox, then its user_version raised past what this kiosk
# knows: that stands for a file written by a newer kiosk.
as_kiosk /opt/kiosk-test-bin/waiting-requests --store $store --help-requests 3 > /dev/null || fail "waiting-requests"
kiosk_sqlite $store "PRAGMA user_version = $newer"
expect_eq "$(schema_version $store)" "$newer" "store marked as written by a newer kiosk"
[[ ! -s $store-wal ]] || fail "the store's write-ahead log is not empty"
sha256sum $store > $TEST_DIR/store.sha
EOF
step "store at schema $newer (this kiosk knows $latest)"

in_root_script "$latest" "$newer" <<'EOF'
latest=$1 newer=$2
store=/var/lib/station-kiosk/kiosk.db
config=$TEST_DIR/kiosk.ini
start_server_from_unit "$(cat $TEST_DIR/server-port)"

set +e
check=$(as_kiosk kiosk --check --config $config 2> $TEST_DIR/check.err)
status=$?
set -e
echo "$check" | sed 's/^/  | /'
expect_eq "$status" 1 "kiosk --check exit status"
store_line=$(grep '^FAIL store: ' <<< "$check") || fail "kiosk --check printed no 'FAIL store:' line"
others=$(grep -v '^FAIL store: ' <<< "$check" | grep '^FAIL' || true)
[[ -z $others ]] || fail "kiosk --check failed other checks too, so its status says nothing of the store: $others"
[[ $store_line == *"written by a newer version of the kiosk"* && $store_line == *"schema version $newer > $latest"* ]] \
    || fail "the store line does not give the TooNew message: $store_line"
pass "kiosk --check: $store_line"
sha256sum --quiet -c $TEST_DIR/store.sha || fail "kiosk --check changed the store"

# The kiosk itself, started as its unit would start it (offscreen here), for a few seconds. It
# does not exit (the unit would restart it into the out-of-order page): it runs without its
# store, offering visitors Call staff, and says why.
: > $TEST_DIR/kiosk.out
as_kiosk kiosk --config $config > $TEST_DIR/kiosk.out 2>&1 &
kiosk=$!
for ((i = 0; i < 100; ++i)); do
    grep -q 'store' $TEST_DIR/kiosk.out && break
    kill -0 $kiosk 2> /dev/null || break
    sleep 0.1
done
sleep 2
if kill -0 $kiosk 2> /dev/null; then
    kill -TERM $kiosk
    wait $kiosk 2> /dev/null || true
    ended="kept running without its store"
else
    wait $kiosk && status=0 || status=$?
    ended="exited with status $status"
fi
sed 's/^/  | /' $TEST_DIR/kiosk.out
stop_server
grep -q "written by a newer version of the kiosk.*schema version $newer > $latest" $TEST_DIR/kiosk.out \
    || fail "the kiosk's log does not give the TooNew message (written by a newer version of the kiosk, schema version $newer > $latest)"
grep -q 'the local store could not be opened' $TEST_DIR/kiosk.out || fail "the kiosk does not say it runs without its store"
pass "the kiosk refused the store with the TooNew message and $ended"
[[ -f $store ]] || fail "the store was deleted"
sha256sum --quiet -c $TEST_DIR/store.sha || fail "the kiosk changed the store"
expect_eq "$(schema_version $store)" "$newer" "store schema after the kiosk's start"
expect_eq "$(kiosk_sqlite $store 'SELECT count(*) FROM outbox')" 3 "requests still waiting in the store"
pass "the store is byte for byte as the newer kiosk left it"
EOF
step "done"
