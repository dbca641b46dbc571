#!/usr/bin/env bash
# Builds the tiny test guest into OUT (default /tmp/shipyard-guest-cache): a Debian 6.1 cloud kernel
# (the bzImage as shipped: QEMU's microvm boots it directly, ~3 s to init under TCG) and an initramfs holding a
# static busybox, the virtio/ACPI-button modules, and an /init that prints SHIPYARD-GUEST-READY and
# runs a shell on ttyS0. Everything comes from Debian's archive (apt-get download + dpkg -x).
# Needs: apt-get, dpkg, cpio, gzip, /bin/busybox (busybox-static).
set -euo pipefail

OUT="${1:-${SHIPYARD_GUEST_CACHE:-/tmp/shipyard-guest-cache}}"
mkdir -p "$OUT"
if [[ -f "$OUT/.complete" ]]; then
  echo "guest already built in $OUT"
  exit 0
fi

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
  drivers/input/evdev.ko drivers/acpi/button.ko; do
  [[ -f "$mods/$m" ]] && cp "$mods/$m" "$root/lib/modules/"
done

cat >"$root/init" <<'INIT'
#!/bin/sh
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
for m in virtio virtio_ring virtio_mmio virtio_blk failover net_failover virtio_net evdev button; do
  [ -f /lib/modules/$m.ko ] && insmod /lib/modules/$m.ko 2>/dev/null
done
# ACPI power button (QMP system_powerdown) -> orderly poweroff.
# devtmpfs creates the event node asynchronously; acpid exits when it finds no input device.
i=0
while [ ! -e /dev/input/event0 ] && [ $i -lt 20 ]; do sleep 0.05; i=$((i + 1)); done
acpid -c /etc/acpi -a /etc/acpid.conf 2>/dev/null
hostname shipyard-guest
echo "SHIPYARD-GUEST-READY"
exec /bin/init
INIT
chmod +x "$root/init"
mkdir -p "$root/etc/acpi"
echo "PWRF PWRF" >"$root/etc/acpid.conf"
printf '#!/bin/sh\n/bin/poweroff -f\n' >"$root/etc/acpi/PWRF"
chmod +x "$root/etc/acpi/PWRF"
cat >"$root/etc/inittab" <<'TAB'
ttyS0::respawn:/bin/cttyhack /bin/sh -l
::ctrlaltdel:/bin/poweroff -f
::shutdown:/bin/sync
TAB
echo 'export PS1="# "' >"$root/etc/profile"

(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1 >"$OUT/initramfs.cpio.gz")
echo "$pkg" >"$OUT/kernel-package"
touch "$OUT/.complete"
echo "guest built in $OUT ($pkg)"
