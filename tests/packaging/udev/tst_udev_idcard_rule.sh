#!/bin/bash
# The ID-card reader's udev rule (packaging/udev/70-station-kiosk-idcard.rules) run by the real
# udev rule engine, `udevadm test --action=add`, against readers emulated with umockdev:
#  - the reader on USB (0400:c35a, reader-usb.umockdev): MODE 0660, GROUP kiosk, TAG uaccess and
#    the property ID_STATION_KIOSK_IDCARD=1;
#  - its CDC-ACM serial port (ttyACM0 under that device): MODE 0660, GROUP dialout, the link
#    /dev/idcard-reader and ID_MM_DEVICE_IGNORE=1 (ModemManager keeps away);
#  - another USB device (a keyboard, other-usb.umockdev): left alone;
#  - the rule parses without a complaint (systemd 252 has no `udevadm verify`; udevadm test
#    reports every line it cannot use, e.g. an unknown group, and those fail the test).
# udevadm test sees only our rule: a private mount namespace puts it alone in /lib/udev/rules.d,
# empties /etc/udev/rules.d and /run, gives /etc/group a `kiosk` group (the package's postinst
# makes the real one) and a /dev of its own, so nothing of the machine's udev state is touched.
# Needs root (mount namespace), umockdev-run and udevadm; skipped (77) otherwise.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
rule=${KIOSK_UDEV_RULE:-$here/../../../packaging/udev/70-station-kiosk-idcard.rules}
rule_name=$(basename "$rule")

skip() { echo "skipped: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "needs root for a private mount namespace"
for tool in umockdev-run udevadm unshare; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (Debian packages umockdev, udev, util-linux)"
done
[ -f "$rule" ] || { echo "FAIL: no rule at $rule"; exit 1; }

work=$(mktemp -d /tmp/tst_udev_rule.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/rules" "$work/realdev"
cp "$rule" "$work/rules/"
# A group id no group has, for the emulated system's kiosk group.
kiosk_gid=64990
while getent group "$kiosk_gid" >/dev/null; do kiosk_gid=$((kiosk_gid + 1)); done
grep -v '^kiosk:' /etc/group >"$work/group"
echo "kiosk:x:$kiosk_gid:" >>"$work/group"
dialout_gid=$(getent group dialout | cut -d: -f3)

# udevadm test for one emulated device; its whole output in $work/NAME.out.
run_udevadm_test() {
  local name=$1 description=$2 syspath=$3
  unshare -m --propagation private bash -s "$work" "$description" "$syspath" >"$work/$name.out" 2>&1 <<'NAMESPACE'
set -e
work=$1 description=$2 syspath=$3
# A /dev of our own (udevadm test makes /dev/char/M:N and the rule's links), with the few
# nodes the tools open, and a new pty instance for umockdev's emulated serial port.
mount --bind /dev "$work/realdev"
mount -t tmpfs -o mode=0755 tmpfs /dev
for node in null zero full random urandom tty; do
  touch "/dev/$node"
  mount --bind "$work/realdev/$node" "/dev/$node"
done
mkdir /dev/pts
mount -t devpts -o newinstance,ptmxmode=0666 devpts /dev/pts
ln -s pts/ptmx /dev/ptmx
# Only our rule; udevadm writes its database under /run/udev.
mount --bind "$work/rules" /lib/udev/rules.d
mount -t tmpfs tmpfs /etc/udev/rules.d
mount -t tmpfs tmpfs /run
mount --bind "$work/group" /etc/group
cd "$work"
umockdev-run -d "$description" -- udevadm test --action=add "$syspath"
NAMESPACE
}

failures=0
check() { # check WHAT FILE REGEX: the output must have a line matching REGEX
  if grep -qE "$3" "$work/$2.out"; then
    echo "ok   $1"
  else
    echo "FAIL $1 (no line matching: $3)"
    failures=$((failures + 1))
  fi
}
check_absent() {
  if grep -qE "$3" "$work/$2.out"; then
    echo "FAIL $1 (unexpected: $(grep -E "$3" "$work/$2.out" | head -1))"
    failures=$((failures + 1))
  else
    echo "ok   $1"
  fi
}

reader=/sys/devices/pci0000:00/0000:00:14.0/usb1/1-1
run_udevadm_test usb "$here/reader-usb.umockdev" "$reader"
run_udevadm_test serial "$here/reader-usb.umockdev" "$reader/1-1:1.0/tty/ttyACM0"
run_udevadm_test other "$here/other-usb.umockdev" /sys/devices/pci0000:00/0000:00:14.0/usb1/1-2

# udevadm test reads the rule and applies it to the emulated device (or the run is not valid).
for name in usb serial other; do
  check "$name: udevadm read the rule" "$name" "Reading rules file: .*/$rule_name"
  check "$name: udevadm saw the emulated device" "$name" '^DEVPATH=/devices/pci0000:00/'
done
check_absent "the rule parses without a complaint" usb \
  "$rule_name:[0-9]+: .*([Ii]nvalid|[Uu]nknown|ignor|[Ff]ailed)|$rule_name:[0-9]+ .*([Uu]nknown|ignoring)"

check "reader on USB: MODE 0660" usb "$rule_name:[0-9]+ MODE 0660\$"
check "reader on USB: GROUP kiosk (gid $kiosk_gid)" usb "$rule_name:[0-9]+ GROUP $kiosk_gid\$"
check "reader on USB: ID_STATION_KIOSK_IDCARD=1" usb '^ID_STATION_KIOSK_IDCARD=1$'
check "reader on USB: tagged uaccess" usb '^TAGS=.*:uaccess:'

check "reader's serial port: MODE 0660" serial "$rule_name:[0-9]+ MODE 0660\$"
check "reader's serial port: GROUP dialout (gid $dialout_gid)" serial "$rule_name:[0-9]+ GROUP $dialout_gid\$"
check "reader's serial port: link /dev/idcard-reader" serial '^DEVLINKS=(.* )?/dev/idcard-reader( |$)'
check "reader's serial port: ID_MM_DEVICE_IGNORE=1" serial '^ID_MM_DEVICE_IGNORE=1$'

check_absent "other USB device: no mode or group from the rule" other "$rule_name:[0-9]+ (MODE|GROUP)"
check_absent "other USB device: no ID_STATION_KIOSK_IDCARD" other '^ID_STATION_KIOSK_IDCARD='

# What udevadm test cannot show here: the mode and group set on a device node. umockdev's nodes
# are not the device's (a serial port is a pseudo-terminal, 136:N instead of 166:0; a USB
# device's node a plain file it reports as 0:0 instead of 189:1), so udev says "Device node ... is missing, skipping handling" and
# leaves them; the values above are the ones udev would apply to the real node.
if grep -q 'is missing, skipping handling' "$work/usb.out"; then
  echo "skipped: the mode and group on a real device node (udevadm test: the emulated node is" \
       "not the device's, \"$(grep -m1 -o 'Device node .* is missing, skipping handling' "$work/usb.out")\")"
fi

if [ "$failures" -ne 0 ]; then
  echo "--- udevadm test output (USB reader)"; grep -v '^Trying to open' "$work/usb.out"
  echo "--- udevadm test output (serial port)"; grep -v '^Trying to open' "$work/serial.out"
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
