#!/usr/bin/env bash
# The Windows installers around the bundle from build-bundle.sh:
#   packaging/windows/build-installers.sh BUILD VERSION ICONS OUT
# OUT gets ParentCompanion-VERSION-setup.exe (NSIS, 64-bit) and ParentCompanion-VERSION-x64.msi
# (wixl, per-machine). Both install the bundle plus policy-templates\ (the ADMX/ADML).
# With SIGN_CERT and SIGN_KEY set (see sign.sh) the bundle's exe, the installer, its
# uninstaller and the MSI are signed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "$1" && pwd)"
version="$2"
icons="$(cd "$3" && pwd)"
out="$(mkdir -p "$4" && cd "$4" && pwd)"
step() { echo "== windows: $* ($(date +%T))"; }

step "staging the bundle with the Group Policy templates"
stage="$build/stage/parent-companion"
rm -rf "$build/stage"
mkdir -p "$build/stage"
cp -a "$build/dist/parent-companion" "$stage"
mkdir -p "$stage/policy-templates/en-US"
cp "$here/policy/ParentCompanion.admx" "$stage/policy-templates/"
cp "$here/policy/en-US/ParentCompanion.adml" "$stage/policy-templates/en-US/"
sh "$here/sign.sh" "$stage/parent-companion.exe"

step "NSIS: ParentCompanion-$version-setup.exe"
setup="$out/ParentCompanion-$version-setup.exe"
sign=()
if [ -n "${SIGN_CERT:-}" ]; then
    sign=("-DSIGN=sh $here/sign.sh")
fi
makensis -V2 -DVERSION="$version" -DSOURCE="$stage" -DICON="$icons/parent-companion.ico" \
    -DOUTFILE="$setup" "${sign[@]}" "$here/parent-companion.nsi"

step "wixl: ParentCompanion-$version-x64.msi"
msi="$out/ParentCompanion-$version-x64.msi"
# wixl wants source paths relative to where it runs.
(
    cd "$build/stage"
    find parent-companion -type f | sort | wixl-heat --prefix parent-companion/ \
        --component-group AppFiles --var var.SourceDir --directory-ref INSTALLDIR --win64 \
        >"$build/stage/files.wxs"
    cp "$icons/parent-companion.ico" "$build/stage/parent-companion.ico"
    wixl -a x64 -D Version="$version" -D Win64=yes -D SourceDir=parent-companion \
        -D IconFile=parent-companion.ico -o "$msi" "$here/parent-companion.wxs" files.wxs 2>&1 \
        | grep -v "has no property named 'Platform'" || true
)
test -s "$msi"
sh "$here/sign.sh" "$msi"
ls -l "$setup" "$msi"
