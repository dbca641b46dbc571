#!/usr/bin/env bash
# Builds the tiny test guest into OUT (default /tmp/shipyard-guest-cache): a Debian 6.1 cloud kernel
# (the bzImage as shipped: QEMU's microvm boots it directly, ~3 s to init under TCG) and an initramfs holding a
# static busybox, the virtio/ACPI-button/virtio-input modules, and an /init that prints SHIPYARD-GUEST-READY and
# runs a shell on ttyS0 — or, when the kernel command line carries `shipyard.user=<name>` and
# `shipyard.pwhash=<crypt hash>`, creates that user and runs a login prompt there instead. Ctrl-Alt-Del
# (a virtio keyboard's keys, through the kernel's VT keyboard handler to busybox init) prints
# SHIPYARD-CTRL-ALT-DEL on the console and reboots. Everything comes from Debian's archive (apt-get download + dpkg -x).
# Needs: apt-get, dpkg, cpio, gzip, /bin/busybox (busybox-static).
set -euo pipefail

# Bump when the guest changes: a cache built by another version is rebuilt.
GUEST_VERSION=2

OUT="${1:-${SHIPYARD_GUEST_CACHE:-/tmp/shipyard-guest-cache}}"
mkdir -p "$OUT"
if [[ -f "$OUT/.complete" && "$(cat "$OUT/.complete")" == "guest-v$GUEST_VERSION" ]]; then
  echo "guest already built in $OUT"
  exit 0
fi
rm -f "$OUT/.complete"

for tool in apt-get apt-cache dpkg cpio gzip; do
  command -v "$tool" >/dev/null || { echo "build-guest: $tool is missing" >&2; exit 1; }
done
[[ -x /bin/busybox ]] || { echo "build-guest: /bin/busybox is missing (apt-get install busybox-static)" >&2; exit 1; }
if ! /bin/busybox --list | grep -x insmod >/dev/null; then
  echo "build-guest: /bin/busybox lacks insmod; install busybox-static" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The newest "linux-image-6.1.*-cloud-amd64-unsigned" the archive offers (smallest 6.1 flavour).
find_kernel() {
  apt-cache search --names-only '^linux-image-6\.1\.[0-9]+-[0-9]+-cloud-amd64-unsigned$' | awk '{print $1}' | sort -V | tail -n 1
}
pkg="$(find_kernel)"
if [[ -z "$pkg" && "$(id -u)" == 0 ]]; then
  apt-get update -qq >/dev/null 2>&1 || true # a fresh machine may have no package lists yet
  pkg="$(find_kernel)"
fi
if [[ -z "$pkg" ]]; then
  echo "build-guest: no linux-image-6.1.*-cloud-amd64-unsigned package found (run apt-get update)" >&2
  exit 1
fi
(cd "$work" && apt-get download "$pkg" >/dev/null 2>&1)
dpkg -x "$work"/linux-image-*.deb "$work/x"
vmlinuz="$(ls "$work"/x/boot/vmlinuz-*)"
kver="${vmlinuz##*/vmlinuz-}"
cp "$vmlinuz" "$OUT/bzImage"

root="$work/root"
mkdir -p "$root"/{bin,sbin,etc,proc,sys,dev,tmp,root,lib/modules,usr/bin,usr/sbin,var/log,var/run}
cp /bin/busybox "$root/bin/busybox"
for applet in $(/bin/busybox --list); do
  [[ -e "$root/bin/$applet" ]] || ln -s busybox "$root/bin/$applet"
done
mods="$work/x/lib/modules/$kver/kernel"
for m in drivers/virtio/virtio.ko drivers/virtio/virtio_ring.ko drivers/virtio/virtio_mmio.ko \
  drivers/block/virtio_blk.ko net/core/failover.ko drivers/net/net_failover.ko drivers/net/virtio_net.ko \
  drivers/virtio/virtio_input.ko drivers/input/evdev.ko drivers/acpi/button.ko; do
  [[ -f "$mods/$m" ]] && cp "$mods/$m" "$root/lib/modules/"
done

cat >"$root/init" <<'INIT'
#!/bin/sh
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
for m in virtio virtio_ring virtio_mmio virtio_blk failover net_failover virtio_net virtio_input evdev button; do
  [ -f /lib/modules/$m.ko ] && insmod /lib/modules/$m.ko 2>/dev/null
done
# ACPI power button (QMP system_powerdown) -> orderly poweroff. acpid opens /dev/input/event0, event1 …
# and stops at the first missing node; devtmpfs creates them asynchronously: wait for all of them.
i=0
while [ $i -lt 40 ]; do
  want=$(ls /sys/class/input 2>/dev/null | grep -c '^event')
  have=$(ls /dev/input 2>/dev/null | grep -c '^event')
  [ "$want" -gt 0 ] && [ "$have" -ge "$want" ] && break
  sleep 0.05
  i=$((i + 1))
done
acpid -c /etc/acpi -a /etc/acpid.conf 2>/dev/null
hostname shipyard-guest

# Optional shell credentials from the kernel command line: shipyard.user=<name> shipyard.pwhash=<crypt hash>.
set -f
user=
hash=
for arg in $(cat /proc/cmdline); do
  case "$arg" in
  shipyard.user=*) user="${arg#shipyard.user=}" ;;
  shipyard.pwhash=*) hash="${arg#shipyard.pwhash=}" ;;
  esac
done
set +f
console="ttyS0::respawn:/bin/cttyhack /bin/sh -l"
if [ -n "$user" ] || [ -n "$hash" ]; then
  if echo "$user" | grep -qE '^[a-z_][a-z0-9_-]{0,31}$' && [ -n "$hash" ] && ! echo "$hash" | grep -q ':'; then
    if [ "$user" = root ]; then
      echo "root:x:0:0:root:/root:/bin/sh" >/etc/passwd
      echo "root:$hash:1::::::" >/etc/shadow
    else
      mkdir -p "/home/$user"
      chown 1000:1000 "/home/$user"
      printf 'root:x:0:0:root:/root:/bin/sh\n%s:x:1000:1000:%s:/home/%s:/bin/sh\n' "$user" "$user" "$user" >/etc/passwd
      printf 'root:x:0:\n%s:x:1000:\n' "$user" >/etc/group
      printf 'root:!:1::::::\n%s:%s:1::::::\n' "$user" "$hash" >/etc/shadow
    fi
    chmod 600 /etc/shadow
    console="ttyS0::respawn:/bin/getty -L 115200 ttyS0 vt100"
  else
    echo "shipyard: ignoring invalid shipyard.user/shipyard.pwhash; no login prompt"
  fi
fi
cat >/etc/inittab <<TAB
$console
::ctrlaltdel:/etc/ctrlaltdel
::shutdown:/bin/sync
TAB

echo "SHIPYARD-GUEST-READY"
exec /bin/init
INIT
chmod +x "$root/init"
mkdir -p "$root/etc/acpi"
echo "PWRF PWRF" >"$root/etc/acpid.conf"
printf '#!/bin/sh\n/bin/poweroff -f\n' >"$root/etc/acpi/PWRF"
chmod +x "$root/etc/acpi/PWRF"
# busybox init runs this on SIGINT, which the kernel sends it for Ctrl-Alt-Del.
printf '#!/bin/sh\necho SHIPYARD-CTRL-ALT-DEL\nexec /bin/reboot\n' >"$root/etc/ctrlaltdel"
chmod +x "$root/etc/ctrlaltdel"
echo "root:x:0:0:root:/root:/bin/sh" >"$root/etc/passwd"
echo "root:x:0:" >"$root/etc/group"
cat >"$root/etc/profile" <<'PROFILE'
if [ "$(id -u)" = 0 ]; then export PS1="# "; else export PS1="$ "; fi
PROFILE

(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1 >"$OUT/initramfs.cpio.gz")
echo "$pkg" >"$OUT/kernel-package"
echo "guest-v$GUEST_VERSION" >"$OUT/.complete"
echo "guest built in $OUT ($pkg)"
