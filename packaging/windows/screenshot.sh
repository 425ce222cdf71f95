#!/usr/bin/env bash
# The Windows bundle drawn by Qt's real `windows` platform (not offscreen) under Wine on a
# virtual X server:  packaging/windows/screenshot.sh BUILD OUT.png   (after make windows)
# Wine drops QT_* variables from the Linux environment, so the platform is chosen through
# the prefix's HKCU\Environment. The prefix is made fresh; its workarounds stay in it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "$1" && pwd)"
out="$(mkdir -p "$(dirname "$2")" && cd "$(dirname "$2")" && pwd)/$(basename "$2")"
. "$here/wine.sh"
new_prefix "$build/prefix-screenshot"
add_icu_stand_in "$build/dist/parent-companion/_internal/PySide6/Qt6Core.dll"
windows_platform_ready
wine_run reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /t REG_SZ /d windows /f >/dev/null
wineserver -w
rm -f "$out"
xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
    . "$1/wine.sh"
    wine_run "$2" --screenshot "$(win_path "$3")" --page "${4:-home}"
    wineserver -w' _ "$here" "$build/dist/parent-companion/parent-companion.exe" "$out" "${3:-home}"
test -s "$out"
echo "screenshot: $out"
