#!/bin/bash
# The three packages installed into a clean Debian 12 root: their files, the kiosk user, the
# data folder and credential, the enabled units, `kiosk --check` passing against a
# kiosk-server started from the server package's own unit; then a purge that leaves nothing of
# theirs behind but the kiosk's data (and, with STATION_KIOSK_PURGE_DATA=yes, not even that).
source "$(dirname "$0")/harness.sh"

make_root
# PulseAudio stands in for the sound server a station has (station-kiosk recommends it), so the
# audio check can say ok; it is there before the file list below, like the dependencies.
prepare_dependencies
in_root apt-get -q -y --no-install-recommends install pulseaudio > "$WORK/apt-pulse.log" 2>&1 \
    || { tail -20 "$WORK/apt-pulse.log"; fail "apt could not install pulseaudio"; }
step "pulseaudio installed"
list_files > "$WORK/files-before"

in_root_script <<'EOF'
apt_install /var/tmp/debs/*.deb
for package in station-kiosk station-kiosk-server station-kiosk-tools; do
    expect_eq "$(dpkg-query -W -f '${db:Status-Status}' $package)" installed "$package"
done

for file in /usr/bin/kiosk /usr/bin/kiosk-out-of-order /usr/libexec/station-kiosk/station-kiosk-session \
            /usr/bin/kiosk-server /usr/bin/idcard /usr/bin/kiosk-speech /usr/bin/kiosk-store; do
    [[ -f $file && -x $file ]] || fail "$file is not an installed program"
done
pass "programs in place"
for file in /lib/systemd/system/station-kiosk.service /lib/systemd/system/station-kiosk-out-of-order.service \
            /lib/systemd/system/kiosk-server.service /lib/udev/rules.d/70-station-kiosk-idcard.rules \
            /etc/station-kiosk/kiosk.ini /etc/default/kiosk-server /etc/nginx/sites-available/kiosk-server \
            /usr/share/station-kiosk/console/index.html /usr/share/station-kiosk/console/app.js \
            /usr/share/station-kiosk/console/app.css; do
    [[ -f $file && -s $file ]] || fail "$file is missing or empty"
done
pass "units, udev rule, configuration, console and nginx site in place"
[[ ! -e /etc/nginx/sites-enabled/kiosk-server ]] || fail "the nginx site is enabled by the package"
dpkg-query -W -f '${Conffiles}\n' station-kiosk | grep -q '^ /etc/station-kiosk/kiosk.ini ' \
    || fail "/etc/station-kiosk/kiosk.ini is not a conffile of station-kiosk"
dpkg-query -W -f '${Conffiles}\n' station-kiosk-server | grep -q '^ /etc/default/kiosk-server ' \
    || fail "/etc/default/kiosk-server is not a conffile of station-kiosk-server"
pass "kiosk.ini and /etc/default/kiosk-server are conffiles"
grep -q '^[;#]' /etc/station-kiosk/kiosk.ini || fail "kiosk.ini has no comments"

getent group kiosk > /dev/null || fail "no kiosk group"
IFS=: read -r _ _ uid gid _ home shell <<< "$(getent passwd kiosk)"
[[ -n $uid ]] || fail "no kiosk user"
expect_eq "$(getent group "$gid" | cut -d: -f1)" kiosk "kiosk user's primary group"
expect_eq "$home" /var/lib/station-kiosk "kiosk user's home"
[[ $shell == */nologin || $shell == */false ]] || fail "kiosk user has a login shell: $shell"
(( uid < 1000 )) || fail "kiosk is not a system user (uid $uid)"
groups=" $(id -nG kiosk) "
for group in audio video input render dialout; do
    if getent group $group > /dev/null; then
        [[ $groups == *" $group "* ]] || fail "kiosk is not in group $group (in:$groups)"
    else
        echo "  note: this root has no group $group (made by udev on a booted system)"
    fi
done
pass "kiosk user in groups:$groups"

expect_eq "$(stat -c '%a %U %G' /var/lib/station-kiosk)" "750 kiosk kiosk" "/var/lib/station-kiosk"
expect_eq "$(stat -c '%a %U %G %s' /etc/station-kiosk/credential)" "600 kiosk kiosk 0" "/etc/station-kiosk/credential (empty)"
expect_eq "$(stat -c '%a %U' /var/lib/station-kiosk/store-secret)" "600 kiosk" "store-secret"
grep -Eqx '[0-9a-f]{64}' /var/lib/station-kiosk/store-secret || fail "store-secret is not 32 bytes in hex"

expect_eq "$(systemctl is-enabled station-kiosk.service || true)" enabled "station-kiosk.service"
expect_eq "$(systemctl is-enabled kiosk-server.service || true)" enabled "kiosk-server.service"
out_of_order=$(systemctl is-enabled station-kiosk-out-of-order.service || true)
[[ $out_of_order != enabled ]] || fail "station-kiosk-out-of-order.service is enabled (it starts only OnFailure)"
pass "station-kiosk-out-of-order.service is $out_of_order"

start_server_from_unit 0
server_admin station-create --station-id pkg-test --name "Package test station" --enrollment-code PKG-TEST-CODE \
    > $TEST_DIR/admin.out || { cat $TEST_DIR/admin.out; fail "admin station-create"; }
pass "station and enrollment code made with kiosk-server admin"

# A copy of the packaged configuration with the station, server and code; the reader is the
# simulated one (no card reader in a container). The packaged conffile stays as shipped.
config=$TEST_DIR/kiosk.ini
cp /etc/station-kiosk/kiosk.ini $config
ini_set $config station id pkg-test
ini_set $config server url "$SERVER_URL"
ini_set $config server enrollment_code PKG-TEST-CODE
ini_set $config reader transport simulated
chown root:kiosk $config
chmod 0640 $config

# The kiosk user's sound server (PulseAudio, a null output: there is no sound card here).
runtime=$TEST_DIR/xdg-kiosk
install -d -m 0700 -o kiosk -g kiosk $runtime
as_kiosk XDG_RUNTIME_DIR=$runtime pulseaudio --daemonize=no --exit-idle-time=-1 -n \
    -L module-null-sink -L module-native-protocol-unix > $TEST_DIR/pulse.log 2>&1 &
pulse=$!
for ((i = 0; i < 50; ++i)); do [[ -S $runtime/pulse/native ]] && break; sleep 0.1; done

set +e
check=$(as_kiosk XDG_RUNTIME_DIR=$runtime kiosk --check --config $config 2> $TEST_DIR/check.err)
status=$?
set -e
kill $pulse 2> /dev/null || true
echo "$check" | sed 's/^/  | /'
expect_all_checks_ok "$check"
expect_eq "$status" 0 "kiosk --check exit status"
stop_server
EOF
step "installed and checked"

# Purge without STATION_KIOSK_PURGE_DATA: only the kiosk's and the server's data stay.
in_root apt-get -q -y purge station-kiosk station-kiosk-server station-kiosk-tools > "$WORK/purge.log" 2>&1 \
    || { tail -20 "$WORK/purge.log"; fail "apt-get purge"; }
list_files > "$WORK/files-purged"
step "purged (data kept)"
left=$(comm -13 "$WORK/files-before" "$WORK/files-purged" | grep -v -e '^./var/lib/station-kiosk\(/\|$\)' \
                                                                 -e '^./var/lib/kiosk-server\(/\|$\)' || true)
gone=$(comm -23 "$WORK/files-before" "$WORK/files-purged")
[[ -z $left ]] || fail "purge left files of the packages behind:"$'\n'"$left"
[[ -z $gone ]] || fail "purge removed files that were there before the install:"$'\n'"$gone"
grep -qx './var/lib/station-kiosk/store-secret' "$WORK/files-purged" || fail "purge removed /var/lib/station-kiosk"
echo "  ok: purge left nothing but /var/lib/station-kiosk and /var/lib/kiosk-server ($(grep -c '^./var/lib/\(station-kiosk\|kiosk-server\)' "$WORK/files-purged") paths)"
in_root getent passwd kiosk > /dev/null || fail "purge removed the kiosk user (Debian keeps system users)"
echo "  ok: the kiosk user stays"

# Installed again (the kept data folder is taken over) and purged asking for the data too.
in_root bash -c 'apt-get -q -y --no-install-recommends install /var/tmp/debs/*.deb' > "$WORK/reinstall.log" 2>&1 \
    || { tail -20 "$WORK/reinstall.log"; fail "reinstall"; }
in_root env STATION_KIOSK_PURGE_DATA=yes KIOSK_SERVER_PURGE_DATA=yes \
    apt-get -q -y purge station-kiosk station-kiosk-server station-kiosk-tools > "$WORK/purge-data.log" 2>&1 \
    || { tail -20 "$WORK/purge-data.log"; fail "apt-get purge with STATION_KIOSK_PURGE_DATA=yes"; }
list_files > "$WORK/files-purged-data"
step "reinstalled and purged with STATION_KIOSK_PURGE_DATA=yes KIOSK_SERVER_PURGE_DATA=yes"
difference=$(diff "$WORK/files-before" "$WORK/files-purged-data" || true)
[[ -z $difference ]] || fail "purge with the data differs from the root before the install:"$'\n'"$difference"
echo "  ok: the root's files are exactly those before the install"
step "done"
