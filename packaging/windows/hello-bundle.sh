#!/usr/bin/env bash
# The size floor on Windows: a bare PySide6 window (packaging/pyinstaller/hello.spec)
# bundled under Wine with the same Python and PyInstaller (after make windows-bundle).
#   packaging/windows/hello-bundle.sh BUILD
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$(cd "$1" && pwd)"
. "$here/wine.sh"
export WINEPREFIX="$build/prefix-build"
rm -rf "$build/hello-dist" "$build/hello-work"
wine_run "$build/python/python.exe" -m PyInstaller --noconfirm --log-level ERROR \
    --distpath "$(win_path "$build/hello-dist")" --workpath "$(win_path "$build/hello-work")" \
    "$(win_path "$root/packaging/pyinstaller/hello.spec")" | grep -v "api-ms-win-" || true
wineserver -w
du -sh --apparent-size "$build/dist/parent-companion" "$build/hello-dist/hello"
