#!/bin/sh
# Make sure the Debian packages listed in packaging/debian-packages.txt are installed.
# Installs missing ones when it can (root, or sudo without a password); otherwise prints
# the exact command to run and fails. On systems without dpkg it only explains.
set -eu
list="${1:-$(dirname "$0")/debian-packages.txt}"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian-based system: make sure Qt's runtime libraries and a font are installed."
    exit 0
fi

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=""
for entry in $(grep -v '^#' "$list" | grep -v '^[[:space:]]*$'); do
    found=""
    for name in $(echo "$entry" | tr '|' ' '); do
        if installed "$name"; then found=yes; break; fi
    done
    if [ -z "$found" ]; then
        # Pick the first alternative this release actually has.
        choice=""
        for name in $(echo "$entry" | tr '|' ' '); do
            if apt-cache show "$name" >/dev/null 2>&1; then choice=$name; break; fi
        done
        missing="$missing ${choice:-${entry%%|*}}"
    fi
done

[ -z "$missing" ] && exit 0

echo "Installing system packages from $(basename "$list"):$missing"
if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
    echo "Please run this command, then try again:"
    echo "    sudo apt-get install$missing"
    exit 1
fi
