#!/usr/bin/env bash
# A minimal Debian 12 root file system for the stand-in images, the way Debian's own slim images are made:
# debootstrap's minbase variant, without documentation, manual pages, translations or package lists.
#   base-rootfs.sh DIR [MIRROR]
set -euo pipefail
dir=$1
mirror=${2:-http://deb.debian.org/debian}

debootstrap --variant=minbase bookworm "$dir" "$mirror" >"$dir.debootstrap.log" 2>&1 ||
  { tail -20 "$dir.debootstrap.log" >&2; exit 1; }
rm -f "$dir.debootstrap.log"

# Later `apt-get install`s in the images keep them small too, and start no services.
cat >"$dir/etc/dpkg/dpkg.cfg.d/slim" <<'CONF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
CONF
cat >"$dir/etc/apt/apt.conf.d/slim" <<'CONF'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
CONF
printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
chmod +x "$dir/usr/sbin/policy-rc.d"
find "$dir/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
rm -rf "$dir"/usr/share/man/* "$dir"/usr/share/info/* "$dir"/usr/share/locale/* \
  "$dir"/var/cache/apt/archives/*.deb "$dir"/var/cache/apt/*.bin "$dir"/var/lib/apt/lists/* "$dir"/var/log/*.log
